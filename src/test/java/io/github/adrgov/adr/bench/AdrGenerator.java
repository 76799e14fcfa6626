package io.github.adrgov.adr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic ADR log for the benchmark: {@code n} files of about 4 KB in mixed dialects (template, quick,
 * nygard, MADR with front matter, MADR 2 bullets), with supersessions, references, code blocks and a sprinkling of
 * defects (broken supersession, missing section, unknown status, placeholder text, impossible date), so that the
 * rules have real work. Deterministic: the same {@code n} gives the same bytes. All text is generated here.
 *
 * <p>Run: {@code java -cp ... io.github.adrgov.adr.bench.AdrGenerator <dir> <n>}.
 */
public final class AdrGenerator {

    private static final String[] WORDS = ("service gateway queue cache index schema tenant request latency budget "
            + "deployment cluster region replica shard backup retention audit token session identity policy "
            + "contract module boundary adapter port event stream topic consumer producer batch pipeline build "
            + "artifact release version migration rollback feature flag metric trace log alert dashboard storage "
            + "bucket volume snapshot encryption key secret rotation certificate network subnet firewall proxy "
            + "load balancer throughput capacity quota limit cost team owner review approval runbook incident "
            + "on-call escalation customer partner vendor licence dependency library framework runtime platform "
            + "container image registry scan vulnerability patch upgrade support window freeze").split(" ");
    private static final String[] VERBS = ("use adopt replace keep drop split merge move store record publish "
            + "serve route cache encrypt rotate monitor measure document standardise").split(" ");
    private static final String[] NAMES = {"Alice Moreau", "Bongani Dlamini", "Chen Wei", "Dara O'Neill",
        "Emeka Obi", "Farah Haddad", "Greta Lind", "Hiro Tanaka"};

    private final int n;
    private final int width;
    private final String[] slugs;
    private final String[] titles;
    private final int[] successor;
    private final int[] predecessor;

    public AdrGenerator(int n) {
        this.n = n;
        this.width = Math.max(4, Integer.toString(n).length());
        this.slugs = new String[n + 1];
        this.titles = new String[n + 1];
        this.successor = new int[n + 1];
        this.predecessor = new int[n + 1];
        for (int k = 1; k <= n; k++) {
            Random r = new Random(k * 31L);
            String verb = VERBS[r.nextInt(VERBS.length)];
            String a = WORDS[r.nextInt(WORDS.length)];
            String b = WORDS[r.nextInt(WORDS.length)];
            titles[k] = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " the " + a + " " + b;
            slugs[k] = (verb + "-the-" + a + "-" + b).replace(' ', '-').toLowerCase(Locale.ROOT);
        }
        for (int k = 10; k <= n; k += 10) {
            successor[k - 5] = k;
            predecessor[k] = k - 5;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AdrGenerator <dir> <n>");
            System.exit(2);
        }
        long bytes = new AdrGenerator(Integer.parseInt(args[1])).write(Path.of(args[0]));
        System.out.println("wrote " + args[1] + " ADRs, " + bytes + " bytes, to " + args[0]);
    }

    /** Writes the log into {@code dir} (created; existing files of the same names are replaced); returns bytes. */
    public long write(Path dir) throws IOException {
        Files.createDirectories(dir);
        long total = 0;
        for (int k = 1; k <= n; k++) {
            byte[] b = text(k).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(fileName(k)), b);
            total += b.length;
        }
        Files.writeString(dir.resolve("README.md"), "# Decisions\n\nThe decision log of a generated project.\n");
        return total;
    }

    String fileName(int k) {
        return num(k) + "-" + slugs[k] + ".md";
    }

    private String num(int k) {
        return String.format(Locale.ROOT, "%0" + width + "d", k);
    }

    /** The text of ADR {@code k}. */
    String text(int k) {
        Random r = new Random(k * 7919L);
        int dialect = k % 20;
        String date = k % 61 == 0 ? "2025-13-40" : LocalDate.of(2000, 1, 1).plusDays(k * 6L / 10).toString();
        String status = k % 71 == 0 ? "Finalised" : (k % 7 == 3 ? "Proposed" : "Accepted");
        Integer supersededBy = successor[k] != 0 ? Integer.valueOf(successor[k])
                : (k % 97 == 0 ? Integer.valueOf(n + 1000 + k) : null);
        boolean dropConsequences = k % 53 == 0;
        String context = (k % 89 == 0 ? "[Describe the context and problem statement]\n\n" : "") + paragraphs(r, 3);
        StringBuilder sb = new StringBuilder(4600);
        if (dialect < 7) {
            template(sb, k, r, date, status, supersededBy, context, dropConsequences);
        } else if (dialect < 10) {
            quick(sb, k, r, date, status, supersededBy, context, dropConsequences);
        } else if (dialect < 15) {
            nygard(sb, k, r, date, status, supersededBy, context, dropConsequences);
        } else if (dialect < 19) {
            madr3(sb, k, r, date, status, supersededBy, context, dropConsequences);
        } else {
            madr2(sb, k, r, date, status, supersededBy, context, dropConsequences);
        }
        return sb.toString();
    }

    private void template(StringBuilder sb, int k, Random r, String date, String status, Integer by, String context,
            boolean dropConsequences) {
        sb.append("# ADR-").append(num(k)).append(": ").append(titles[k]).append("\n\n");
        sb.append("**Date**: ").append(date).append("\n");
        sb.append("**Status**: ").append(by != null ? "Superseded by ADR-" + num(by) : status).append("\n");
        sb.append("**Deciders**: ").append(people(r)).append("\n");
        sb.append("**Technical Story**: PLAT-").append(1000 + k).append("\n\n");
        sb.append("## Context\n\n").append(context);
        sb.append("## Decision Drivers\n\n").append(bullets(r, 4));
        sb.append("## Considered Options\n\n");
        for (int i = 1; i <= 3; i++) {
            sb.append(i).append(". ").append(sentence(r)).append("\n");
        }
        sb.append("\n## Decision\n\nWe will ").append(titles[k].toLowerCase(Locale.ROOT)).append(". ")
                .append(paragraphs(r, 1));
        sb.append("## Rationale\n\n").append(paragraphs(r, 1));
        if (!dropConsequences) {
            sb.append("## Consequences\n\n### Positive\n\n").append(bullets(r, 3))
                    .append("### Negative\n\n").append(bullets(r, 2));
        }
        related(sb, k);
        pad(sb, r);
    }

    private void quick(StringBuilder sb, int k, Random r, String date, String status, Integer by, String context,
            boolean dropConsequences) {
        sb.append("# ADR-").append(num(k)).append(": ").append(titles[k]).append("\n\n");
        sb.append("**Status**: ").append(by != null ? "Superseded by ADR-" + num(by) : status)
                .append(" | **Date**: ").append(date).append("\n\n");
        sb.append("## Context\n\n").append(context);
        sb.append("## Decision\n\n").append(paragraphs(r, 2));
        if (!dropConsequences) {
            sb.append("## Consequences\n\n").append(bullets(r, 4));
        }
        related(sb, k);
        pad(sb, r);
    }

    private void nygard(StringBuilder sb, int k, Random r, String date, String status, Integer by, String context,
            boolean dropConsequences) {
        sb.append("# ").append(k).append(". ").append(titles[k]).append("\n\n");
        sb.append("Date: ").append(date).append("\n\n## Status\n\n");
        if (by != null) {
            sb.append("Superseded by ").append(link(by)).append("\n\n");
        } else {
            sb.append(status).append("\n\n");
        }
        if (predecessor[k] != 0) {
            sb.append("Supersedes ").append(link(predecessor[k])).append("\n\n");
        }
        sb.append("## Context\n\n").append(context);
        sb.append("## Decision\n\n").append(paragraphs(r, 2));
        sb.append("```yaml\n").append(WORDS[r.nextInt(WORDS.length)]).append(":\n  enabled: true\n  limit: ")
                .append(r.nextInt(1000)).append("\n```\n\n");
        if (!dropConsequences) {
            sb.append("## Consequences\n\n").append(paragraphs(r, 2));
        }
        pad(sb, r);
    }

    private void madr3(StringBuilder sb, int k, Random r, String date, String status, Integer by, String context,
            boolean dropConsequences) {
        sb.append("---\nstatus: ");
        sb.append(by != null ? "\"superseded by [ADR-" + num(by) + "](" + target(by) + ")\"" : status.toLowerCase(
                Locale.ROOT));
        sb.append("\ndate: ").append(date).append("\ndecision-makers: ").append(people(r))
                .append("\nconsulted: ").append(NAMES[r.nextInt(NAMES.length)]).append("\n---\n\n");
        sb.append("# ").append(titles[k]).append("\n\n");
        sb.append("## Context and Problem Statement\n\n").append(context);
        sb.append("## Decision Drivers\n\n").append(bullets(r, 3));
        sb.append("## Considered Options\n\n").append(bullets(r, 3));
        sb.append("## Decision Outcome\n\nChosen option: \"").append(sentence(r)).append("\", because ")
                .append(sentence(r).toLowerCase(Locale.ROOT)).append("\n\n");
        if (!dropConsequences) {
            sb.append("### Consequences\n\n* Good, because ").append(sentence(r).toLowerCase(Locale.ROOT))
                    .append("\n* Bad, because ").append(sentence(r).toLowerCase(Locale.ROOT)).append("\n\n");
        }
        if (predecessor[k] != 0) {
            sb.append("## More Information\n\nSupersedes [ADR-").append(num(predecessor[k])).append("](")
                    .append(target(predecessor[k])).append(").\n\n");
        }
        pad(sb, r);
    }

    private void madr2(StringBuilder sb, int k, Random r, String date, String status, Integer by, String context,
            boolean dropConsequences) {
        sb.append("# ").append(titles[k]).append("\n\n");
        sb.append("* Status: ").append(by != null ? "superseded by [ADR-" + num(by) + "](" + target(by) + ")"
                : status.toLowerCase(Locale.ROOT)).append("\n");
        sb.append("* Deciders: ").append(people(r)).append("\n* Date: ").append(date).append("\n\n");
        sb.append("## Context and Problem Statement\n\n").append(context);
        sb.append("## Considered Options\n\n").append(bullets(r, 3));
        sb.append("## Decision Outcome\n\nChosen option: \"").append(sentence(r)).append("\".\n\n");
        if (!dropConsequences) {
            sb.append("### Positive Consequences\n\n").append(bullets(r, 2));
        }
        if (predecessor[k] != 0) {
            sb.append("## Links\n\n* Supersedes [ADR-").append(num(predecessor[k])).append("](")
                    .append(target(predecessor[k])).append(")\n\n");
        }
        pad(sb, r);
    }

    /** Related Decisions: the predecessor, and a reference to an earlier ADR. */
    private void related(StringBuilder sb, int k) {
        List<String> items = new ArrayList<>();
        if (predecessor[k] != 0) {
            items.add("Supersedes ADR-" + num(predecessor[k]));
        }
        if (k > 3) {
            int ref = k - 3;
            items.add("ADR-" + num(ref) + ": " + titles[ref]);
        }
        if (items.isEmpty()) {
            return;
        }
        sb.append("## Related Decisions\n\n");
        for (String i : items) {
            sb.append("- ").append(i).append("\n");
        }
        sb.append("\n");
    }

    private String link(int k) {
        return "[" + k + ". " + (k <= n ? titles[k] : "Missing decision") + "](" + target(k) + ")";
    }

    private String target(int k) {
        return k <= n ? fileName(k) : num(k) + "-missing.md";
    }

    /** Adds notes until the file is about 4 KB. */
    private static void pad(StringBuilder sb, Random r) {
        if (sb.length() < 3800) {
            sb.append("## Notes\n\n");
            while (sb.length() < 3900 + r.nextInt(300)) {
                sb.append(paragraphs(r, 1));
            }
        }
    }

    private static String people(Random r) {
        return NAMES[r.nextInt(NAMES.length)] + ", " + NAMES[r.nextInt(NAMES.length)];
    }

    private static String bullets(Random r, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("* ").append(sentence(r)).append("\n");
        }
        return sb.append("\n").toString();
    }

    private static String paragraphs(Random r, int count) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < count; p++) {
            int sentences = 3 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                sb.append(sentence(r)).append(s + 1 < sentences ? " " : "");
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private static String sentence(Random r) {
        int words = 8 + r.nextInt(10);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else if (r.nextInt(25) == 0) {
                w = "`" + w + "`";
            } else if (r.nextInt(40) == 0) {
                w = "**" + w + "**";
            }
            sb.append(i == 0 ? "" : " ").append(w);
        }
        return sb.append('.').toString();
    }
}
