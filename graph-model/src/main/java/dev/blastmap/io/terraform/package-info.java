/** The JSON that {@code terraform show -json} prints for a plan or for state. */
package dev.blastmap.io.terraform;
