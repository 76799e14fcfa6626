package io.github.adrgov.adr.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** AdrLink writes out equals and hashCode; they must be a record's own, so that sets and maps of links are as before. */
class AdrLinkTest {

    /** The same components in a record with the generated methods. */
    private record Generated(LinkKind kind, String text, String targetPath, Integer targetNumber, int line) {
    }

    private static Generated generated(AdrLink l) {
        return new Generated(l.kind(), l.text(), l.targetPath(), l.targetNumber(), l.line());
    }

    @Test
    void hashesAsARecordDoes() {
        for (AdrLink l : new AdrLink[] {
            new AdrLink(LinkKind.SUPERSEDES, "Supersedes ADR-3", "0003-x.md", 3, 7),
            new AdrLink(LinkKind.REFERENCE, "ADR-12", null, 12, 1),
            new AdrLink(LinkKind.FILE_LINK, null, "a.md", null, 0),
            new AdrLink(null, null, null, null, -4)}) {
            assertThat(l.hashCode()).as(l.toString()).isEqualTo(generated(l).hashCode());
        }
    }

    @Test
    void equalsComparesEveryComponent() {
        AdrLink a = new AdrLink(LinkKind.SUPERSEDES, "Supersedes ADR-3", "0003-x.md", 3, 7);
        assertThat(a).isEqualTo(new AdrLink(LinkKind.SUPERSEDES, "Supersedes ADR-3", "0003-x.md", 3, 7));
        assertThat(a).isNotEqualTo(new AdrLink(LinkKind.SUPERSEDED_BY, "Supersedes ADR-3", "0003-x.md", 3, 7));
        assertThat(a).isNotEqualTo(new AdrLink(LinkKind.SUPERSEDES, "Supersedes ADR-4", "0003-x.md", 3, 7));
        assertThat(a).isNotEqualTo(new AdrLink(LinkKind.SUPERSEDES, "Supersedes ADR-3", null, 3, 7));
        assertThat(a).isNotEqualTo(new AdrLink(LinkKind.SUPERSEDES, "Supersedes ADR-3", "0003-x.md", null, 7));
        assertThat(a).isNotEqualTo(new AdrLink(LinkKind.SUPERSEDES, "Supersedes ADR-3", "0003-x.md", 3, 8));
        assertThat(a).isNotEqualTo("Supersedes ADR-3");
        assertThat(new AdrLink(null, null, null, null, 0)).isEqualTo(new AdrLink(null, null, null, null, 0));
    }
}
