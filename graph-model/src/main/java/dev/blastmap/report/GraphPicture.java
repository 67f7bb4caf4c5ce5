package dev.blastmap.report;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.model.Graph;

/**
 * Draws the graph coloured by the state of each service after a knockout, as one SVG document. The report
 * embeds it inline in HTML and PDF and writes it beside Markdown. The default draws with the same painter as
 * the app's window, so the picture in a report looks like the app.
 */
@FunctionalInterface
public interface GraphPicture {

    /**
     * The picture as a standalone SVG document ({@code <svg xmlns="http://www.w3.org/2000/svg" ...>}, an XML
     * declaration allowed), or an empty string for none. Every text in it must be escaped: it is embedded in
     * the report as it is.
     *
     * @param graph  the graph
     * @param radius the knockout whose states colour the services
     */
    String svg(Graph graph, BlastRadius radius);

    /** No picture: reports say that none was drawn. */
    static GraphPicture none() {
        return (graph, radius) -> "";
    }
}
