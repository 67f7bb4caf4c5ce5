package dev.blastmap.io.graphml;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.HardenedXml;
import dev.blastmap.io.assemble.XmlPrologGuard;
import java.io.IOException;
import java.io.Reader;
import java.util.MissingResourceException;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GraphML as yEd, Gephi, NetworkX and Blastmap write it. Keys are matched by their {@code attr.name};
 * yEd's visible name comes from the first {@code y:NodeLabel} inside a node's data (in yEd Live and yFiles
 * for HTML files, the first {@code y:Label}'s {@code Text}, whose drawing keys are recognised by their yWorks
 * {@code y:attr.uri} and dropped); a key's {@code <default>} applies to the nodes that have no value of their
 * own for it; a node holding a nested
 * {@code <graph>} is a group whose members get its label as their group. Edges point from {@code source}
 * (dependent) to {@code target} (dependency). Parsed with {@link HardenedXml}: any DOCTYPE is refused.
 */
public final class GraphmlReader implements GraphReader {

    /** Elements nested deeper than this are refused; real files stay under 20. */
    public static final int MAX_DEPTH = 200;

    static final String FORMAT = "GraphML";
    static final String DOCTYPE_REFUSED = "the file has a DOCTYPE or entity reference; Blastmap refuses "
            + "DTDs and entities in XML so that a file cannot read local files or the network";

    /** True if the start of a file looks like GraphML. */
    public static boolean looksLike(String head) {
        return head.contains("<graphml");
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        XmlPrologGuard text = new XmlPrologGuard(in);
        XMLStreamReader xml = null;
        try {
            xml = HardenedXml.open(text);
            new GraphmlPass(xml, assembler).run();
        } catch (XMLStreamException e) {
            Optional<XmlPrologGuard.DoctypeFound> doctype = XmlPrologGuard.doctypeIn(e);
            if (doctype.isPresent()) {
                throw assembler.fatal(doctype.get().line(), doctype.get().column(), DOCTYPE_REFUSED);
            }
            Location at = e.getLocation();
            boolean located = at != null && at.getLineNumber() > 0;
            throw assembler.fatal(located ? at.getLineNumber() : text.line(),
                    located ? at.getColumnNumber() : text.column(), "not well-formed XML: " + message(e));
        } catch (MissingResourceException e) {
            // the JDK's parser lacks the message for some errors and throws this instead of reporting them
            throw assembler.fatal(text.line(), text.column(), "not well-formed XML: a character here is not allowed");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing more to read; the problem, if any, was reported
                }
            }
        }
        return assembler.build();
    }

    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + 9) : m).strip();
    }
}
