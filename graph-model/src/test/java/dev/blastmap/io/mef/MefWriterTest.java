package dev.blastmap.io.mef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphExportException;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class MefWriterTest {

    private static List<ServiceId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(ServiceId::of).toList();
    }

    private static final Graph SHOP = new Graph("Shop floor", "", List.of(), List.of(
            Service.builder("web").dependsOn("lb").dependsOn(Clause.anyOf(ids("db-east", "db-west")))
                    .dependsOn(Clause.on(ServiceId.of("recs")).asSoft()).build(),
            Service.builder("lb").dependsOn(Clause.atLeast(2, ids("az1", "az2", "az3"))).build(),
            Service.builder("batch").dependsOn(Clause.allOf(ids("db-east", "queue"))).build(),
            Service.of("db-east"), Service.of("db-west"), Service.of("az1"), Service.of("az2"), Service.of("az3"),
            Service.of("queue"), Service.of("recs")), List.of());

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String xpath(Document doc, String expression) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.STRING);
    }

    @Test
    void aServiceWithHardDependenciesIsAnOrGateOverItsClauses() throws Exception {
        Document doc = parse(Fixtures.write(new MefWriter(), SHOP));
        assertThat(xpath(doc, "count(/opsa-mef/define-fault-tree)")).isEqualTo("1");
        assertThat(xpath(doc, "/opsa-mef/define-fault-tree/@name")).isEqualTo("Shop_floor");
        assertThat(xpath(doc, "count(//define-gate[@name='web']/or/*)")).isEqualTo("2");
        assertThat(xpath(doc, "//define-gate[@name='web']/or/gate/@name")).isEqualTo("lb");
        assertThat(xpath(doc, "count(//define-gate[@name='web']/or/and/basic-event)")).isEqualTo("2");
    }

    @Test
    void aKOfNClauseIsAnAtLeastGateCountingFailuresToBreakIt() throws Exception {
        Document doc = parse(Fixtures.write(new MefWriter(), SHOP));
        assertThat(xpath(doc, "//define-gate[@name='lb']/atleast/@min")).isEqualTo("2");
        assertThat(xpath(doc, "count(//define-gate[@name='lb']/atleast/basic-event)")).isEqualTo("3");
        assertThat(xpath(doc, "count(//define-gate[@name='batch']/or/basic-event)")).isEqualTo("2");
    }

    @Test
    void servicesWithoutHardDependenciesAreBasicEventsAndSoftOnesAreLeftOut() throws Exception {
        Document doc = parse(Fixtures.write(new MefWriter(), SHOP));
        assertThat(xpath(doc, "count(//define-basic-event)")).isEqualTo("7");
        assertThat(xpath(doc, "count(//define-gate[@name='web']//*[@name='recs'])")).isEqualTo("0");
    }

    @Test
    void twoClausesOnTheSameServiceGiveTheGateOneArgumentBecauseScramRefusesDuplicates() throws Exception {
        Graph twice = Graph.of(Service.builder("app").dependsOn("db").dependsOn(Clause.on(ServiceId.of("db"))
                .withDelay(java.time.Duration.ofMinutes(1))).build(), Service.of("db"));

        Document doc = parse(Fixtures.write(new MefWriter(), twice));

        assertThat(xpath(doc, "count(//define-gate[@name='app']//basic-event[@name='db'])")).isEqualTo("1");
    }

    @Test
    void aCycleOfHardDependenciesIsRefusedByName() {
        Graph ring = Graph.of(Service.builder("a").dependsOn("b").build(), Service.builder("b").dependsOn("c").build(),
                Service.builder("c").dependsOn("a").build());
        assertThatThrownBy(() -> new MefWriter().write(ring, new StringWriter()))
                .isInstanceOf(GraphExportException.class).hasMessageContaining("a → b → c → a");
    }

    @Test
    void aCycleThroughASoftDependencyIsFine() throws Exception {
        Graph g = Graph.of(Service.builder("a").dependsOn("b").build(),
                Service.builder("b").dependsOn(Clause.on(ServiceId.of("a")).asSoft()).build());
        assertThat(Fixtures.write(new MefWriter(), g)).contains("<define-gate name=\"a\">");
    }

    @Test
    void namesBecomeDistinctMefIdentifiers() {
        assertThat(MefWriter.identifier("aws_lb.web")).isEqualTo("aws_lb_web");
        assertThat(MefWriter.identifier("9lives")).isEqualTo("s_9lives");
        assertThat(MefWriter.identifier("a--b-")).isEqualTo("a-_b");
        Graph g = Graph.of(Service.of("a.b"), Service.of("a_b"));
        assertThat(Fixtures.write(new MefWriter(), g)).contains("name=\"a_b\"").contains("name=\"a_b_2\"");
    }

    @Test
    void availabilitiesBecomeBasicEventProbabilitiesAndAnUnreliableGateFailsOnItsOwnToo() throws Exception {
        Graph g = Graph.of(Service.builder("web").availability(0.999).dependsOn("db").build(),
                Service.builder("db").availability(0.99).build(), Service.builder("lb").build());

        Document doc = parse(Fixtures.write(new MefWriter(), g));

        assertThat(xpath(doc, "count(//define-gate[@name='web']/or/*)")).isEqualTo("2");
        assertThat(xpath(doc, "//define-gate[@name='web']/or/basic-event[1]/@name")).isEqualTo("web-itself");
        assertThat(Double.parseDouble(xpath(doc, "//define-basic-event[@name='web-itself']/float/@value")))
                .isEqualTo(1 - 0.999);
        assertThat(Double.parseDouble(xpath(doc, "//define-basic-event[@name='db']/float/@value")))
                .isEqualTo(1 - 0.99);
        assertThat(xpath(doc, "//define-basic-event[@name='lb']/float/@value")).isEqualTo("0.0");
    }

    @Test
    void withoutAvailabilitiesNoProbabilityIsWritten() throws Exception {
        Document doc = parse(Fixtures.write(new MefWriter(), SHOP));
        assertThat(xpath(doc, "count(//float)")).isEqualTo("0");
    }

    @Test
    void twoClausesThatBreakAlikeAreOneEventOfTheGate() throws Exception {
        Graph g = Graph.of(Service.builder("web").dependsOn("db").dependsOn(Clause.on(ServiceId.of("db"))
                .withNote("again")).dependsOn("lb").build(), Service.of("db"), Service.of("lb"));

        Document doc = parse(Fixtures.write(new MefWriter(), g));

        assertThat(xpath(doc, "count(//define-gate[@name='web']/or/basic-event)")).isEqualTo("2");
    }
}
