package io.github.adrgov.adr.baseline;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLink;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Section;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text of an ADR that the lifecycle freezes once it is accepted: every line but its status line(s), the lines of
 * its Status and Links / Related sections and the lines that carry a supersession link, with whitespace collapsed and
 * blank lines dropped. Two versions of an accepted ADR whose significant lines are equal differ only in what a status
 * change is allowed to touch.
 */
public final class SignificantLines {

    /** Sections whose body a status change may edit. */
    static final Set<String> STATUS_SECTIONS = Set.of("status", "links", "related decisions", "related adrs",
            "related records", "related");

    /** A significant line: its 1-based number in the file and its normalised text. */
    public record Line(int number, String text) {
    }

    /** The first difference between two versions, as seen in the newer one. */
    public record Change(Line before, Line after) {
    }

    private SignificantLines() {
    }

    /** The significant lines of an ADR, in file order. */
    public static List<Line> of(Adr adr) {
        List<String> lines = adr.lines();
        BitSet ignored = new BitSet(lines.size() + 2);
        adr.status().ifPresent(s -> ignored.set(Math.max(s.line(), 0)));
        for (AdrLink l : adr.links()) {
            if (l.kind() == LinkKind.SUPERSEDES || l.kind() == LinkKind.SUPERSEDED_BY) {
                ignored.set(Math.max(l.line(), 0));
            }
        }
        for (Section s : adr.sections()) {
            if (STATUS_SECTIONS.contains(normal(s.heading()).toLowerCase(Locale.ROOT))) {
                ignored.set(s.line(), Math.max(s.line(), s.endLine()) + 1);
            }
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            if (ignored.get(number)) {
                continue;
            }
            String text = normal(lines.get(i));
            if (!text.isEmpty()) {
                out.add(new Line(number, text));
            }
        }
        return out;
    }

    /** The first significant difference between an older and a newer version, or null when there is none. */
    public static Change firstChange(Adr before, Adr after) {
        List<Line> a = of(before);
        List<Line> b = of(after);
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).text().equals(b.get(i).text())) {
                return new Change(a.get(i), b.get(i));
            }
        }
        if (a.size() == b.size()) {
            return null;
        }
        return a.size() > b.size() ? new Change(a.get(n), null) : new Change(null, b.get(n));
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
