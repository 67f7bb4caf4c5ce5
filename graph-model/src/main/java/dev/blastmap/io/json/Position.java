package dev.blastmap.io.json;

import dev.blastmap.io.ProblemList;

/**
 * Where a value starts in a JSON document.
 *
 * @param line   1-based line
 * @param column 1-based column
 * @param path   the JSON path of the value, e.g. {@code $.services[3].dependsOn[1]}
 */
record Position(int line, int column, String path) implements ProblemList.Where {
}
