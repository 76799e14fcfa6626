package io.github.adrgov.adr.author;

import io.github.adrgov.adr.model.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a new ADR: the template of the log's dialect, or the team's own template with {@code {{number}}},
 * {@code {{title}}}, {{@code {date}}} and {@code {{status}}} filled in. The dialect templates hold one short
 * question per section, in words of our own, so a new record passes {@code adr:validate} as it is written (no
 * bracketed instructions, no empty required sections) and reads as a prompt to its author.
 */
public final class NewAdrText {

    /** What goes into a new ADR. */
    public record Values(Integer number, String numberText, String title, String date, String status, String deciders) {
    }

    private NewAdrText() {
    }

    /** The lines of a new ADR in {@code style}'s dialect. */
    public static List<String> render(LogStyle style, Values v) {
        List<String> out = new ArrayList<>();
        String title = style.titleLine(v.number(), v.title());
        String status = v.status();
        String lower = style.lowerStatus() ? status.toLowerCase(java.util.Locale.ROOT) : status;
        Dialect d = style.dialect();
        switch (d) {
            case QUICK -> {
                out.add(title);
                out.add("");
                out.add("**Status**: " + status + " | **Date**: " + v.date());
                seedBody(out, false);
            }
            case NYGARD, UNKNOWN -> {
                out.add(title);
                out.add("");
                out.add("Date: " + v.date());
                out.add("");
                out.add("## Status");
                out.add("");
                out.add(status);
                section(out, "Context", "What is the issue that calls for a decision, and what limits the choice?");
                section(out, "Decision", "What change do we propose or make?");
                section(out, "Consequences", "What becomes easier or harder because of this change?");
            }
            case MADR, LOG4BRAINS -> {
                if (d == Dialect.MADR && style.frontMatter()) {
                    out.add("---");
                    out.add("status: " + lower);
                    out.add("date: " + v.date());
                    if (v.deciders() != null) {
                        out.add("decision-makers: " + v.deciders());
                    }
                    out.add("---");
                    out.add("");
                    out.add(title);
                } else {
                    String b = style.bullet();
                    out.add(title);
                    out.add("");
                    out.add(b + " Status: " + lower);
                    if (v.deciders() != null) {
                        out.add(b + " Deciders: " + v.deciders());
                    }
                    out.add(b + " Date: " + v.date());
                }
                section(out, "Context and Problem Statement", "What problem does this decision solve, and why now?");
                section(out, "Considered Options", null);
                out.add(style.bullet() + " The option this record proposes");
                out.add(style.bullet() + " The strongest alternative");
                section(out, "Decision Outcome", "Which option was chosen, and why?");
            }
            default -> {
                out.add(title);
                out.add("");
                out.add("**Date**: " + v.date());
                out.add("**Status**: " + status);
                out.add("**Deciders**: " + (v.deciders() != null ? v.deciders() : "not named yet"));
                seedBody(out, true);
            }
        }
        return out;
    }

    /** The lines of the team's own template with the values filled in. */
    public static List<String> fromTemplate(List<String> template, Values v) {
        List<String> out = new ArrayList<>(template.size());
        for (String line : template) {
            out.add(line.replace("{{number}}", v.numberText() == null ? "" : v.numberText())
                    .replace("{{title}}", v.title())
                    .replace("{{date}}", v.date())
                    .replace("{{status}}", v.status()));
        }
        return out;
    }

    private static void seedBody(List<String> out, boolean full) {
        section(out, "Context", "What is the situation, and what forces are at play?");
        if (full) {
            section(out, "Decision Drivers", null);
            out.add("- The quality or constraint that matters most here");
            section(out, "Considered Options", null);
            out.add("1. The option this record proposes");
            out.add("2. The strongest alternative");
        }
        section(out, "Decision", "What do we decide?");
        if (full) {
            section(out, "Rationale", "Why this option over the others?");
        }
        section(out, "Consequences", "What follows from this decision, good and bad?");
    }

    private static void section(List<String> out, String heading, String prompt) {
        out.add("");
        out.add("## " + heading);
        out.add("");
        if (prompt != null) {
            out.add(prompt);
        }
    }
}
