package io.github.adrgov.adr.output;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import java.util.ArrayList;
import java.util.List;

/** Builds validation results for output tests without reading files. */
final class Results {

    private Results() {
    }

    /** A result over {@code adrCount} ADRs in {@code docs/adr} with the given findings. */
    static ValidationResult of(int adrCount, Finding... findings) {
        List<Adr> adrs = new ArrayList<>();
        for (int i = 1; i <= adrCount; i++) {
            String id = String.format("%04d-decision-%d", i, i);
            adrs.add(Adr.builder("docs/adr/" + id + ".md").id(id).build());
        }
        return new ValidationResult(new AdrLog("docs/adr", adrs, List.of(), List.of()), List.of(findings));
    }
}
