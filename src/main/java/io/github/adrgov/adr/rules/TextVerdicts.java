package io.github.adrgov.adr.rules;

import io.github.adrgov.adr.config.StatusVocabulary;
import io.github.adrgov.adr.model.Adr;
import java.util.Map;

/**
 * What {@code not-an-adr} and {@code placeholder-text} judge of one file from its text alone: whether it is no ADR
 * on its own, whether it is a stub, and whether it is still the unfilled template. The log-wide steps (which files
 * the other rules see, the not-an-adr notes, the MADR note) ask these of every file; the file checks work them out
 * while the text is at hand and the parse cache keeps them with the file's findings, so that a build over an unchanged
 * log never reads an ADR's text again.
 */
public interface TextVerdicts {

    /** The verdicts of one file. */
    record Verdict(boolean notAnAdr, boolean stub, boolean unfilledTemplate) {

        /** Works the verdicts out from the ADR's text. */
        public static Verdict of(Adr adr, StatusVocabulary statuses) {
            return of(adr, statuses, PlaceholderTextRule.Scan.of(adr));
        }

        /** Works the verdicts out from the ADR's text, its placeholders already scanned. */
        public static Verdict of(Adr adr, StatusVocabulary statuses, PlaceholderTextRule.Scan placeholders) {
            return new Verdict(NotAnAdrRule.applies(adr), NotAnAdrRule.stub(adr),
                    PlaceholderTextRule.isUnfilledTemplate(adr, statuses, placeholders));
        }

        /** The three verdicts as the low bits of one byte. */
        public int bits() {
            return (notAnAdr ? 1 : 0) | (stub ? 2 : 0) | (unfilledTemplate ? 4 : 0);
        }

        /** The verdicts of {@link #bits()}. */
        public static Verdict ofBits(int bits) {
            return new Verdict((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
        }
    }

    /** The verdicts of an ADR of the log. */
    Verdict of(Adr adr);

    /** Verdicts worked out from each file's text when asked (reads the text of an ADR read from disk again). */
    static TextVerdicts fromText(StatusVocabulary statuses) {
        return adr -> Verdict.of(adr, statuses);
    }

    /** The verdicts known by file; a file not in the map is judged from its text. */
    static TextVerdicts known(Map<String, Verdict> byFile, StatusVocabulary statuses) {
        return adr -> {
            Verdict v = byFile.get(adr.file());
            return v != null ? v : Verdict.of(adr, statuses);
        };
    }
}
