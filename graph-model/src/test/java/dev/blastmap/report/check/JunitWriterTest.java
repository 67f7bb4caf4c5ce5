package dev.blastmap.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.policy.CheckResult;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitWriterTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void thereIsOneTestcasePerRuleAndSubjectAndTheCountsAddUp() throws Exception {
        CheckResult result = CheckFixtures.result();

        Document doc = parse(CheckFixtures.written(new JunitWriter(), result));

        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        assertThat(root.getElementsByTagName("testcase").getLength()).isEqualTo(6 + 6 + 2 + 2);
        assertThat(root.getAttribute("tests")).isEqualTo("16");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(((Element) suites.item(0)).getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void aFailureNamesTheServicesAndTheCauseChainsWithNamesEscaped() throws Exception {
        Document doc = parse(CheckFixtures.written(new JunitWriter(), CheckFixtures.result()));

        Element failure = (Element) doc.getElementsByTagName("failure").item(1);
        Element testcase = (Element) failure.getParentNode();
        assertThat(testcase.getAttribute("classname")).isEqualTo("blastmap.no-spof");
        assertThat(testcase.getAttribute("name")).isEqualTo("check<out>");
        assertThat(failure.getAttribute("message"))
                .isEqualTo("check<out> goes down when any one of 2 services is lost: api, db");
        assertThat(failure.getTextContent()).contains("\n  why: check<out> ← api ← db");
    }

    @Test
    void aBrokenWarningPassesAndSaysSoInItsOutput() throws Exception {
        Document doc = parse(CheckFixtures.written(new JunitWriter(), CheckFixtures.result()));

        Element zones = (Element) doc.getElementsByTagName("testsuite").item(3);
        assertThat(zones.getAttribute("name")).isEqualTo("survive");
        assertThat(zones.getElementsByTagName("failure").getLength()).isZero();
        assertThat(zones.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("warning: losing zone:a (3 services) takes down customer-facing check<out>");
    }
}
