package io.github.adrgov.adr.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlWriterTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void theModuleNamesTheSuiteAndEveryClassSoThatModulesNeverCollide() throws Exception {
        Document orders = parse(new JUnitXmlWriter(false, "orders").toXml(OutputFixtures.result()));
        Document billing = parse(new JUnitXmlWriter(false, "billing").toXml(OutputFixtures.result()));

        assertThat(orders.getDocumentElement().getAttribute("name")).isEqualTo("adr-validation.orders");
        assertThat(billing.getDocumentElement().getAttribute("name")).isEqualTo("adr-validation.billing");
        assertThat(testcase(orders, "docs/adr/0002-use-kafka.md").getAttribute("classname"))
                .isEqualTo("orders.docs/adr");
        assertThat(testcase(billing, "docs/adr/0002-use-kafka.md").getAttribute("classname"))
                .isEqualTo("billing.docs/adr");
    }

    @Test
    void oneTestCasePerAdrFailingOnItsErrors() throws Exception {
        Document doc = parse(new JUnitXmlWriter(false).toXml(OutputFixtures.result()));
        Element suite = doc.getDocumentElement();

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("adr-validation");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);

        Element kafka = testcase(doc, "docs/adr/0002-use-kafka.md");
        assertThat(kafka.getAttribute("classname")).isEqualTo("docs/adr");
        Element failure = (Element) kafka.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("broken-supersession");
        assertThat(failure.getAttribute("message"))
                .isEqualTo("Status says \"Superseded by ADR-009\", but there is no ADR-009. (and 1 more)");
        assertThat(failure.getTextContent()).isEqualTo(
                "error: docs/adr/0002-use-kafka.md:5: [broken-supersession] Status says \"Superseded by ADR-009\","
                        + " but there is no ADR-009.\n"
                        + "error: docs/adr/0002-use-kafka.md:12: [modified-accepted] This ADR was accepted when this"
                        + " branch left origin/main and its text has changed.\n");
        assertThat(kafka.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo(
                "warning: docs/adr/0002-use-kafka.md:9: [placeholder-text] Template text left:"
                        + " [Describe <the> context & \"why\"].\n");

        Element bad = testcase(doc, "docs/adr/0004-bad.md");
        assertThat(((Element) bad.getElementsByTagName("failure").item(0)).getAttribute("type"))
                .isEqualTo("unreadable-file");

        Element redis = testcase(doc, "docs/adr/0003-use-redis.md");
        assertThat(redis.getElementsByTagName("failure").getLength()).as("a warning does not fail").isZero();
        Element postgres = testcase(doc, "docs/adr/0001-use postgres.md");
        assertThat(postgres.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void onlyAdrsAreTestCasesAndFindingsOnOtherFilesGoToTheSuiteOutput() throws Exception {
        io.github.adrgov.adr.model.Adr adr = io.github.adrgov.adr.model.Adr.builder("docs/adr/0001-a.md").build();
        io.github.adrgov.adr.model.AdrLog log = new io.github.adrgov.adr.model.AdrLog("docs/adr", java.util.List.of(adr),
                java.util.List.of(), java.util.List.of("docs/adr/README.md"));
        io.github.adrgov.adr.result.ValidationResult result = new io.github.adrgov.adr.result.ValidationResult(log,
                java.util.List.of(
                        new io.github.adrgov.adr.result.Finding("stale-index",
                                io.github.adrgov.adr.result.Severity.ERROR, "docs/adr/README.md", 5, "Out of date."),
                        new io.github.adrgov.adr.result.Finding("deleted-adr",
                                io.github.adrgov.adr.result.Severity.ERROR, "docs/adr/0002-gone.md", null, "Deleted."),
                        new io.github.adrgov.adr.result.Finding("superseded-citation",
                                io.github.adrgov.adr.result.Severity.WARNING, "src/main/java/A.java", 3, "Cites.")));
        Document doc = parse(new JUnitXmlWriter(false).toXml(result));

        NodeList cases = doc.getElementsByTagName("testcase");
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertThat(names).containsExactly("docs/adr/0001-a.md", "docs/adr/0002-gone.md");
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        Element suite = doc.getDocumentElement();
        assertThat(((Element) suite.getElementsByTagName("system-err").item(0)).getTextContent())
                .isEqualTo("error: docs/adr/README.md:5: [stale-index] Out of date.\n");
        Element out = (Element) suite.getElementsByTagName("system-out").item(0);
        assertThat(out.getParentNode()).isSameAs(suite);
        assertThat(out.getTextContent()).isEqualTo("warning: src/main/java/A.java:3: [superseded-citation] Cites.\n");
    }

    @Test
    void warningsFailWhenTheBuildFailsOnThem() throws Exception {
        Document doc = parse(new JUnitXmlWriter(true).toXml(OutputFixtures.result()));

        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("3");
        Element redis = testcase(doc, "docs/adr/0003-use-redis.md");
        assertThat(((Element) redis.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("Numbers 5, 6 are missing\nfrom the sequence: 100% sure, a:b, c.".replace('\n', ' '))
                .as("attribute newlines are normalised by XML parsers");
    }

    @Test
    void controlCharactersCannotBreakTheXml() throws Exception {
        assertThat(JUnitXmlWriter.clean("a\u0001b\u001bc\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
        assertThat(JUnitXmlWriter.clean("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
    }

    @Test
    void writesAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target/adr/TEST-adr-validation.xml");
        new JUnitXmlWriter(false).write(OutputFixtures.result(), file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("4");
    }
}
