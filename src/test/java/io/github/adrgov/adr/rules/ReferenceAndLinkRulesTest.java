package io.github.adrgov.adr.rules;

import static io.github.adrgov.adr.rules.Fixtures.config;
import static io.github.adrgov.adr.rules.Fixtures.log;
import static io.github.adrgov.adr.rules.Fixtures.nygard;
import static io.github.adrgov.adr.rules.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.LinkKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceAndLinkRulesTest {

    @TempDir
    Path base;

    private void touch(String path) throws IOException {
        Path p = base.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    @Test
    void brokenReferenceByNumber() {
        Adr a = nygard("0001", "a", "Accepted").link(LinkKind.REFERENCE, "ADR-042", null, 42, 12)
                .link(LinkKind.REFERENCE, "ADR-0002", null, 2, 12)
                .link(LinkKind.REFERENCE, "[1](https://example.org/compare-tools/)", "https://example.org/compare-tools/",
                        1, 14)
                .build();
        Adr b = nygard("0002", "b", "Accepted").build();

        assertThat(run(new BrokenReferenceRule(), log(a, b))).containsExactly(
                "docs/adr/0001-a.md:12: [broken-reference] Reference \"ADR-042\" is broken: there is no ADR-0042.");
    }

    @Test
    void brokenReferenceByFileSaysWhetherTheFileExistsOutsideTheLog() throws IOException {
        touch("docs/decisions/0001-elsewhere.md");
        touch("docs/adr/README.md");
        Adr a = nygard("0001", "a", "Accepted")
                .link(LinkKind.REFERENCE, "[Gone](0007-gone.md)", "0007-gone.md", null, 10)
                .link(LinkKind.REFERENCE, "[Elsewhere](../decisions/0001-elsewhere.md)",
                        "../decisions/0001-elsewhere.md", null, 11)
                .link(LinkKind.REFERENCE, "[Index](README.md)", "README.md", null, 12)
                .link(LinkKind.REFERENCE, "[B](0002-b.md#consequences)", "0002-b.md#consequences", null, 13)
                .link(LinkKind.REFERENCE, "[Other repo](https://github.com/o/r/blob/main/adr/0001-x.md)",
                        "https://github.com/o/r/blob/main/adr/0001-x.md", null, 14)
                .build();
        Adr b = nygard("0002", "b", "Accepted").build();
        var log = Fixtures.log(List.of(a, b), List.of(), List.of("docs/adr/README.md"));

        assertThat(run(new BrokenReferenceRule(), log, config(), base)).containsExactly(
                "docs/adr/0001-a.md:10: [broken-reference] Reference \"[Gone](0007-gone.md)\" is broken: "
                        + "docs/adr/0007-gone.md does not exist.",
                "docs/adr/0001-a.md:11: [broken-reference] Reference \"[Elsewhere](../decisions/0001-elsewhere.md)\" is "
                        + "broken: docs/decisions/0001-elsewhere.md is not an ADR of this log (it lies outside docs/adr).",
                "docs/adr/0001-a.md:12: [broken-reference] Reference \"[Index](README.md)\" is broken: "
                        + "docs/adr/README.md is not an ADR (it is skipped as a non-ADR file).");
    }

    @Test
    void brokenSupersessionToAFileOutsideTheLogSaysItExists() throws IOException {
        touch("docs/decisions/0009-x.md");
        Adr a = nygard("0001", "a", "Superseded by [X](../decisions/0009-x.md)")
                .link(LinkKind.SUPERSEDED_BY, "Superseded by [X](../decisions/0009-x.md)", "../decisions/0009-x.md",
                        null, 7)
                .build();

        assertThat(run(new BrokenSupersessionRule(), log(a), config(), base)).containsExactly(
                "docs/adr/0001-a.md:7: [broken-supersession] Status says \"Superseded by [X](../decisions/0009-x.md)\","
                        + " but docs/decisions/0009-x.md is not an ADR of this log (it lies outside docs/adr).");
    }

    @Test
    void brokenLinkChecksRelativeFilesOnDisk() throws IOException {
        touch("docs/images/diagram one.png");
        touch("docs/adr/notes.txt");
        Adr a = nygard("0001", "a", "Accepted")
                .link(LinkKind.FILE_LINK, "[diagram](../images/diagram%20one.png)", "../images/diagram%20one.png",
                        null, 10)
                .link(LinkKind.FILE_LINK, "[notes](notes.txt#top)", "notes.txt#top", null, 10)
                .link(LinkKind.FILE_LINK, "[missing](../images/missing.png)", "../images/missing.png", null, 11)
                .link(LinkKind.FILE_LINK, "[site](https://example.org/x)", "https://example.org/x", null, 12)
                .link(LinkKind.FILE_LINK, "[root](/adr/7)", "/adr/7", null, 12)
                .link(LinkKind.FILE_LINK, "[anchor](#context)", "#context", null, 12)
                .link(LinkKind.FILE_LINK, "[b](0002-b.md)", "0002-b.md", null, 13)
                .build();
        Adr b = nygard("0002", "b", "Accepted").build();

        assertThat(run(new BrokenLinkRule(), log(a, b), config(), base)).containsExactly(
                "docs/adr/0001-a.md:11: [broken-link] Link \"../images/missing.png\" points to docs/images/missing.png, "
                        + "which does not exist; fix the path or remove the link.");
    }

    @Test
    void brokenLinkLeavesAdrLinksToTheAdrRulesAndNeedsABaseDirectory() {
        Adr a = nygard("0001", "a", "Accepted")
                .link(LinkKind.REFERENCE, "[Gone](0007-gone.md)", "0007-gone.md", null, 10)
                .link(LinkKind.FILE_LINK, "[Gone](0007-gone.md)", "0007-gone.md", null, 10)
                .link(LinkKind.FILE_LINK, "[Lost](lost.png)", "lost.png", null, 11)
                .build();

        assertThat(run(new BrokenLinkRule(), log(a), config(), base)).containsExactly(
                "docs/adr/0001-a.md:11: [broken-link] Link \"lost.png\" points to docs/adr/lost.png, which does not "
                        + "exist; fix the path or remove the link.");
        assertThat(run(new BrokenLinkRule(), log(a), config(), null)).isEmpty();
    }
}
