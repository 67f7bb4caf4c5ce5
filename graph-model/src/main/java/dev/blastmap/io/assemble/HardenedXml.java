package dev.blastmap.io.assemble;

import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way Blastmap parses XML: the JDK's own StAX parser with DTDs and external entities off and every
 * external access refused, so a file cannot make Blastmap read a local file, reach the network, or expand
 * entities until memory runs out. Readers also refuse any DOCTYPE outright ({@link #isDoctype}).
 *
 * <p>JGraphT's GraphML importers are not used for this reason: they build their SAX parser inside a private
 * method from {@code SAXParserFactory.newInstance()} with external entities on, and offer no way to change it.
 */
public final class HardenedXml {

    private static final XMLInputFactory FACTORY = create();

    private HardenedXml() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return f;
    }

    /** A streaming reader over untrusted XML. */
    public static XMLStreamReader open(Reader in) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(in);
        }
    }

    /** True for the event of a DOCTYPE, which Blastmap never accepts. */
    public static boolean isDoctype(int event) {
        return event == XMLStreamReader.DTD || event == XMLStreamReader.ENTITY_REFERENCE;
    }
}
