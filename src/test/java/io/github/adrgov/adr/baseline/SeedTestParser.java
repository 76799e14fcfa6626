package io.github.adrgov.adr.baseline;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.LinkKind;
import io.github.adrgov.adr.model.StatusCategory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of the seed format for these tests only ({@code # ADR-001: Title}, {@code **Status**: ...}), so the
 * baseline tests do not depend on the full parser: it reads lines, number, title, status and "Superseded by ADR-00N".
 */
final class SeedTestParser implements GitBaseline.FileParser {

    private static final Pattern TITLE = Pattern.compile("^# ADR-(\\d+): (.+)$");
    private static final Pattern STATUS = Pattern.compile("^\\*\\*Status\\*\\*: (\\w+)(.*)$");
    private static final Pattern SUPERSEDED_BY = Pattern.compile("Superseded by ADR-(\\d+)");
    private static final Pattern FILE_NUMBER = Pattern.compile("^(?:.*/)?(\\d+)-[^/]*$");

    private final StatusVocabulary statuses = StatusVocabulary.defaults();

    @Override
    public Adr parse(String file, String id, String text) {
        List<String> lines = text.lines().toList();
        Adr.Builder b = Adr.builder(file).id(id).lines(lines);
        Matcher fm = FILE_NUMBER.matcher(file);
        if (fm.matches()) {
            b.fileNumber(fm.group(1));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher t = TITLE.matcher(line);
            if (t.matches()) {
                b.titleNumber(Integer.valueOf(t.group(1))).title(t.group(2), i + 1);
            }
            Matcher s = STATUS.matcher(line);
            if (s.matches()) {
                StatusCategory c = statuses.categoryOf(s.group(1));
                b.status(c == null ? StatusCategory.OTHER : c, (s.group(1) + s.group(2)).trim(), i + 1);
            }
            Matcher l = SUPERSEDED_BY.matcher(line);
            if (l.find()) {
                b.link(LinkKind.SUPERSEDED_BY, l.group(), null, Integer.valueOf(l.group(1)), i + 1);
            }
        }
        return b.build();
    }
}
