package dev.blastmap.report;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.model.Graph;
import dev.blastmap.render.GraphImage;
import java.util.Objects;

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

    /**
     * The app's painter on a fresh automatic layout (layered, or force-directed for large or dense graphs),
     * light theme, without the painter's own title and legend: the report has both.
     */
    static GraphPicture painted() {
        return (graph, radius) -> GraphImage.of(graph, LayoutAlgorithm.automatic().layout(graph))
                .radius(radius).decorated(false).svg();
    }

    /**
     * The app's painter on a given layout, such as the one on screen, so the report shows what the user sees.
     *
     * @param layout a layout of the graph the report is made of
     */
    static GraphPicture painted(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        return (graph, radius) -> GraphImage.of(graph, layout).radius(radius).decorated(false).svg();
    }

    /** No picture: reports say that none was drawn. */
    static GraphPicture none() {
        return (graph, radius) -> "";
    }
}
