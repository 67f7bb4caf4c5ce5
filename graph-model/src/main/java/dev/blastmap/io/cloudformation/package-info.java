/** AWS CloudFormation templates, JSON and YAML with the short-form intrinsic functions. */
package dev.blastmap.io.cloudformation;
