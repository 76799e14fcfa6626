package io.github.adrgov.adr.report;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.Section;
import io.github.adrgov.adr.model.StatusCategory;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;

/** Small hand-built models (in the shape the parser gives) and a Sink that writes to a string. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** A template-dialect ADR read from {@code text}: title line 1, bold metadata lines, {@code ##} sections. */
    static Adr.Builder adr(String fileName, String text) {
        List<String> lines = List.of(text.split("\n", -1));
        Adr.Builder b = Adr.builder("docs/adr/" + fileName).lines(lines).dialect(Dialect.TEMPLATE);
        String digits = fileName.matches("^\\d+-.*") ? fileName.replaceFirst("^(\\d+)-.*", "$1") : null;
        b.fileNumber(digits);
        List<int[]> heads = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int n = i + 1;
            if (l.startsWith("# ")) {
                b.title(l.substring(2).replaceFirst("^ADR-\\d+:\\s*", ""), n);
            } else if (l.startsWith("**Status**:")) {
                String s = l.substring("**Status**:".length()).trim();
                b.status(category(s), s, n);
            } else if (l.startsWith("**Date**:")) {
                String d = l.substring("**Date**:".length()).trim();
                b.date(d, LocalDate.parse(d), n);
            } else if (l.startsWith("**Deciders**:")) {
                b.field("Deciders", l.substring("**Deciders**:".length()).trim(), n);
            } else if (l.startsWith("## ")) {
                heads.add(new int[] {n});
            }
        }
        for (int k = 0; k < heads.size(); k++) {
            int line = heads.get(k)[0];
            int end = k + 1 < heads.size() ? heads.get(k + 1)[0] - 1 : lines.size();
            b.section(new Section(lines.get(line - 1).substring(3), 2, line, end,
                    String.join("\n", lines.subList(line, end))));
        }
        return b;
    }

    static StatusCategory category(String s) {
        String w = s.toLowerCase(Locale.ROOT).split("\\s+")[0];
        for (StatusCategory c : StatusCategory.values()) {
            if (c.id().equals(w)) {
                return c;
            }
        }
        return StatusCategory.OTHER;
    }

    /** A bare ADR with a number, title and status, for graph and index tests. */
    static Adr simple(int number, String title, StatusCategory status) {
        String digits = String.format("%04d", number);
        return Adr.builder("docs/adr/" + digits + "-" + slug(title) + ".md").fileNumber(digits).title(title, 1)
                .status(status, status.name().charAt(0) + status.id().substring(1), 3)
                .date("2025-01-" + String.format("%02d", 1 + number % 28), null, 2).build();
    }

    static Adr supersededBy(Adr old, Adr newer) {
        return old.toBuilder().link(LinkKind.SUPERSEDED_BY, "Superseded by ADR-" + newer.number(), null,
                newer.number(), 3).build();
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static AdrLog log(List<Adr> adrs) {
        return new AdrLog("docs/adr", adrs, List.of(), List.of());
    }

    static ReportData data(AdrLog log, List<Finding> findings) {
        return ReportData.of(new ValidationResult(log, findings), "docs/adr");
    }

    /** What a Doxia XHTML5 sink writes for the events {@code render} sends. */
    static String render(Consumer<Sink> render) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Sink sink = new Xhtml5SinkFactory().createSink(out, "UTF-8");
            render.accept(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
