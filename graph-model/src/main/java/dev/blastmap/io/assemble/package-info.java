/**
 * What every reader of a foreign format shares: collecting nodes and edges with their lines, mapping
 * attributes onto service fields, normalising edges to dependent → dependency, collapsing multi-edges and
 * dropping self-loops, and the hardened XML and line-aware JSON parsing the readers build on.
 */
package dev.blastmap.io.assemble;
