/** JMH benchmarks of the engine, the SPOF ranking and the readers; docs/performance.md has the figures. */
package dev.blastmap.benchmarks;
