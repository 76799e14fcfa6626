package io.github.adrgov.adr.author;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.Dialect;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a log writes its ADRs, read from the ADRs it has: the dialect most of them use, the file-name pattern and number
 * width of the latest one ({@code 0007-x.md}, {@code ADR-007-x.md}, {@code adr-007-x.md}, {@code 20240115-x.md}),
 * its title pattern ({@code # 7. X}, {@code # ADR-007: X}, {@code # ADR 012: X}), the folder it sits in, whether MADR
 * files use front matter, and the list marker of its bullets. An empty log gets the seed's full template, numbered
 * {@code 0001-x.md} with title {@code # ADR-001: X}.
 *
 * @param dialect     the dialect to write
 * @param numbered    whether ADRs carry numbers (false: slugs, dated for log4brains-style logs)
 * @param folder      the folder of new ADRs relative to the base directory, forward slashes
 * @param filePrefix  what the file name has before the number ({@code ""}, {@code ADR-}, {@code adr-})
 * @param width       the number's zero-padded width in file names (1: not padded)
 * @param separator   what follows the number ({@code -} or {@code _})
 * @param wordJoin    what joins the words of the slug ({@code -} or {@code _})
 * @param datePrefix  for unnumbered logs, the date pattern the names start with ({@code yyyyMMdd}), else null
 * @param extension   the file extension with its dot
 * @param titleHead   the title line before the title, with {@code %s} where the number goes (e.g. {@code # %s. }),
 *                    or null for the dialect's default
 * @param titleWidth  the zero-padded width of the number in the title (1: not padded)
 * @param frontMatter whether MADR ADRs start with YAML front matter (MADR 3/4), where status and date go
 * @param bullet      the list marker of header bullets ({@code *} or {@code -})
 * @param lineEnding  the line ending the log's files use
 * @param lowerStatus whether the log writes status words in lower case ({@code accepted})
 */
public record LogStyle(Dialect dialect, boolean numbered, String folder, String filePrefix, int width,
        String separator, String wordJoin, String datePrefix, String extension, String titleHead, int titleWidth,
        boolean frontMatter, String bullet, String lineEnding, boolean lowerStatus) {

    private static final Pattern NUMBERED_NAME =
            Pattern.compile("^([A-Za-z]{0,4}[-_]?)(\\d{1,9})([-_.]+)(.*)$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^\\d{8}[-_].*");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[-_].*");

    /** The style of an empty log: the seed's full template. */
    public static LogStyle seed(String folder) {
        return new LogStyle(Dialect.TEMPLATE, true, folder, "", 4, "-", "-", null, ".md", null, 3, false, "-", "\n",
                false);
    }

    /**
     * Reads the style of {@code log}.
     *
     * @param numbered   whether the log numbers its ADRs (as the validator decides it)
     * @param lineEnding the line ending of the latest ADR's file
     */
    public static LogStyle of(AdrLog log, boolean numbered, String lineEnding) {
        if (log.adrs().isEmpty()) {
            return seed(log.directory());
        }
        Dialect dialect = dominant(log);
        Adr ref = latest(log, dialect, numbered);
        String stem = ref.file().substring(ref.file().lastIndexOf('/') + 1);
        boolean folderStyle = stem.matches("(?i)(readme|index)\\.(md|markdown)");
        String folder = log.directory();
        if (!folderStyle && ref.file().lastIndexOf('/') > 0) {
            folder = ref.file().substring(0, ref.file().lastIndexOf('/'));
        }
        String ext = folderStyle ? ".md" : stem.substring(stem.lastIndexOf('.'));
        String name = folderStyle ? ref.id().substring(ref.id().lastIndexOf('/') + 1)
                : stem.substring(0, stem.lastIndexOf('.'));
        String prefix = "";
        int width = 4;
        String sep = "-";
        String slug = name;
        String datePrefix = null;
        if (numbered) {
            Matcher m = NUMBERED_NAME.matcher(name);
            if (m.matches()) {
                prefix = m.group(1);
                sep = m.group(3).startsWith("_") ? "_" : m.group(3).startsWith(".") ? "-" : m.group(3).substring(0, 1);
                slug = m.group(4);
                width = paddedWidth(log, m.group(2));
            }
        } else if (COMPACT_DATE.matcher(name).matches()) {
            datePrefix = "yyyyMMdd";
            slug = name.substring(9);
        } else if (ISO_DATE.matcher(name).matches()) {
            datePrefix = "yyyy-MM-dd";
            slug = name.substring(11);
        }
        String join = slug.contains("_") && !slug.contains("-") ? "_" : "-";
        String head = null;
        int titleWidth = dialect == Dialect.TEMPLATE || dialect == Dialect.QUICK ? 3 : 1;
        if (ref.titleLine() >= ref.bodyStartLine() && ref.title() != null && ref.titleLine() > 0) {
            String line = ref.lines().get(ref.titleLine() - 1).stripTrailing().replaceFirst("\\s+#+$", "");
            int at = line.lastIndexOf(ref.title());
            if (at > 0 && line.substring(at).equals(ref.title())) {
                String h = line.substring(0, at);
                Matcher d = Pattern.compile("\\d+").matcher(h);
                if (d.find() && ref.titleNumber() != null && Integer.parseInt(d.group()) == ref.titleNumber()) {
                    titleWidth = d.group().startsWith("0") ? d.group().length() : 1;
                    head = h.substring(0, d.start()).replace("%", "%%") + "%s" + h.substring(d.end()).replace("%", "%%");
                } else if (!Pattern.compile("\\d").matcher(h).find() && (ref.number() == null || !numbered
                        || dialect == Dialect.MADR || dialect == Dialect.LOG4BRAINS)) {
                    head = h.replace("%", "%%");
                }
            }
        }
        int fm = 0;
        int madr = 0;
        String bullet = "-";
        for (Adr a : log.adrs()) {
            if (a.dialect() == Dialect.MADR) {
                madr++;
                if (a.bodyStartLine() > 1) {
                    fm++;
                }
            }
        }
        if (ref.status().isPresent() && ref.status().get().line() > 0
                && ref.status().get().line() <= ref.lines().size()) {
            String l = ref.lines().get(ref.status().get().line() - 1).stripLeading();
            if (l.startsWith("* ")) {
                bullet = "*";
            }
        }
        return new LogStyle(dialect, numbered, folder, prefix, width, sep, join, datePrefix, ext, head, titleWidth,
                madr > 0 && fm * 2 >= madr, bullet, lineEnding == null ? "\n" : lineEnding, lowerStatus(ref, dialect));
    }

    /** The same style written in another dialect (the seed forms on request): its own title pattern then. */
    public LogStyle withDialect(Dialect d) {
        if (d == dialect) {
            return this;
        }
        boolean seedFamily = (d == Dialect.TEMPLATE || d == Dialect.QUICK)
                && (dialect == Dialect.TEMPLATE || dialect == Dialect.QUICK);
        return new LogStyle(d, numbered, folder, filePrefix, width, separator, wordJoin, datePrefix, extension,
                seedFamily ? titleHead : null, seedFamily ? titleWidth : 3, frontMatter, bullet, lineEnding,
                d == Dialect.MADR || d == Dialect.LOG4BRAINS);
    }

    /** The file name of a new ADR. */
    public String fileName(Integer number, String title, LocalDate date) {
        String slug = slug(title, wordJoin);
        if (numbered && number != null) {
            return filePrefix + pad(number, width) + separator + slug + extension;
        }
        if (datePrefix != null) {
            return DateTimeFormatter.ofPattern(datePrefix, Locale.ROOT).format(date) + "-" + slug + extension;
        }
        return slug + extension;
    }

    /** The title line of a new ADR. */
    public String titleLine(Integer number, String title) {
        if (titleHead != null) {
            if (titleHead.contains("%s") && number != null) {
                return String.format(Locale.ROOT, titleHead, pad(number, titleWidth)) + title;
            }
            if (!titleHead.contains("%s")) {
                return titleHead.replace("%%", "%") + title;
            }
        }
        if (number == null) {
            return "# " + title;
        }
        return switch (dialect) {
            case TEMPLATE, QUICK -> "# ADR-" + pad(number, Math.max(3, titleWidth)) + ": " + title;
            case NYGARD -> "# " + number + ". " + title;
            default -> "# " + title;
        };
    }

    /** The number as the file name writes it, e.g. {@code 0007}. */
    public String numberText(int number) {
        return pad(number, width);
    }

    /** A file-name slug: lower case, accents dropped, words joined by {@code join}. */
    static String slug(String title, String join) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String s = t.replaceAll("[^\\p{L}\\p{N}]+", join);
        s = s.replaceAll("^" + Pattern.quote(join) + "+|" + Pattern.quote(join) + "+$", "");
        return s.isEmpty() ? "adr" : s;
    }

    static String pad(int number, int width) {
        return String.format(Locale.ROOT, "%0" + Math.max(1, width) + "d", number);
    }

    /** Whether the latest ADR writes its status in lower case; MADR's own templates do, when it has none. */
    private static boolean lowerStatus(Adr ref, Dialect dialect) {
        if (ref.status().isPresent() && !ref.status().get().text().isEmpty()
                && Character.isLetter(ref.status().get().text().charAt(0))) {
            return Character.isLowerCase(ref.status().get().text().charAt(0));
        }
        return dialect == Dialect.MADR || dialect == Dialect.LOG4BRAINS;
    }

    /** The dialect most ADRs use; on a tie, the one of the latest ADR. */
    private static Dialect dominant(AdrLog log) {
        Map<Dialect, Integer> counts = new EnumMap<>(Dialect.class);
        for (Adr a : log.adrs()) {
            if (a.dialect() != Dialect.UNKNOWN) {
                counts.merge(a.dialect(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return Dialect.TEMPLATE;
        }
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        for (int i = log.adrs().size() - 1; i >= 0; i--) {
            Dialect d = log.adrs().get(i).dialect();
            if (counts.getOrDefault(d, 0) == best) {
                return d;
            }
        }
        return Dialect.TEMPLATE;
    }

    /** The latest ADR of that dialect: the highest number (numbered logs), else the last by id (dates sort). */
    private static Adr latest(AdrLog log, Dialect dialect, boolean numbered) {
        Adr best = null;
        for (Adr a : log.adrs()) {
            if (a.dialect() != dialect) {
                continue;
            }
            if (numbered) {
                if (a.fileNumber() != null && (best == null || best.fileNumber() == null
                        || a.fileNumber() >= best.fileNumber())) {
                    best = a;
                } else if (best == null) {
                    best = a;
                }
            } else if (best == null || a.id().compareTo(best.id()) > 0) {
                best = a;
            }
        }
        return best != null ? best : log.adrs().get(log.adrs().size() - 1);
    }

    /** The zero-padded width most file names use, else the width of the latest one's digits when padded. */
    private static int paddedWidth(AdrLog log, String latestDigits) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (Adr a : log.adrs()) {
            String t = a.fileNumberText();
            if (t != null && t.length() > 1 && t.charAt(0) == '0') {
                counts.merge(t.length(), 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best > 0) {
            return best;
        }
        return latestDigits.startsWith("0") ? latestDigits.length() : 1;
    }
}
