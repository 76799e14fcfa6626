package io.github.adrgov.adr.maven;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.edit.AtomicWriter;
import io.github.adrgov.adr.edit.EditException;
import io.github.adrgov.adr.fix.Fix;
import io.github.adrgov.adr.fix.FixPlan;
import io.github.adrgov.adr.fix.Fixer;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Rewrites what can be fixed in the ADR log without judgement, each change tied to the rule that found it, and prints
 * one line per change ({@code docs/adr/0004-x.md:3: [invalid-date] 05/02/2018 -> 2018-02-05}): dates whose reading is
 * unambiguous written as ISO, the missing side of a one-sided supersession in that ADR's own dialect, the status of
 * a superseded ADR that still reads Accepted, {@code Superceded}/{@code Supercedes} spelled right, the stale index
 * written again, and a hand-kept index taken over by a marked block. Only the lines fixed change (BOM, line endings,
 * trailing newline and front matter stay as they are); every file is written atomically; a second run changes
 * nothing. Findings that need judgement (a duplicate number, a missing section) are listed with what to do. Not bound
 * to a phase.
 */
@Mojo(name = "fix", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class FixMojo extends AbstractAdrMojo {

    /** The most findings that need judgement listed at the end; the rest are counted. */
    private static final int MAX_JUDGEMENT = 50;

    /** Skips this goal only. */
    @Parameter(property = AdrProperties.FIX_SKIP, defaultValue = "false")
    protected boolean fixSkip;

    /**
     * The fixes to make, comma-separated: {@code invalid-date}, {@code superseded-still-active},
     * {@code one-sided-supersession}, {@code superseded-spelling}, {@code stale-index}, {@code unlisted-adr}. Default:
     * all of them.
     */
    @Parameter(property = AdrProperties.FIX_RULES)
    protected List<String> fixRules;

    /** Prints the changes as a unified diff (also written to {@code target/adr/fix.diff}) and writes nothing. */
    @Parameter(property = AdrProperties.FIX_DRY_RUN, defaultValue = "false")
    protected boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip || fixSkip) {
            getLog().info("Skipping adr:fix (" + (skip ? AdrProperties.SKIP : AdrProperties.FIX_SKIP) + "=true).");
            return;
        }
        if (!Files.isDirectory(adrDirectory())) {
            throw new MojoExecutionException("No ADR directory at " + relativeDirectory() + "; set "
                    + AdrProperties.DIRECTORY + " to the folder of the ADR log.");
        }
        // the edits are dated today (UTC), never with the build's output timestamp
        ValidationConfig config = validationConfig().today(java.time.LocalDate.now(java.time.ZoneOffset.UTC)).build();
        Fixer fixer;
        try {
            fixer = new Fixer(config, baseDirectory(), selected());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        ValidationResult result = new Validator().validate(readLog(), config, baseDirectory(), null);
        FixPlan adrs = fixer.planAdrs(result);
        FixPlan index;
        StringBuilder diff = new StringBuilder(adrs.changes().diff());
        AtomicWriter writer = new AtomicWriter(baseDirectory());
        try {
            if (dryRun) {
                index = fixer.planIndex(result);
            } else {
                adrs.changes().writeAll(writer);
                ValidationResult after = adrs.fixes().isEmpty() ? result
                        : new Validator().validate(readLog(), config, baseDirectory(), null);
                index = fixer.planIndex(after);
                index.changes().writeAll(writer);
            }
        } catch (EditException e) {
            throw new MojoExecutionException("adr:fix could not write the log: " + e.getMessage(), e);
        }
        diff.append(index.changes().diff());
        report(adrs, index, diff.toString());
    }

    private void report(FixPlan adrs, FixPlan index, String diff) throws MojoExecutionException {
        Set<String> files = new LinkedHashSet<>();
        int count = 0;
        for (FixPlan plan : List.of(adrs, index)) {
            for (Fix f : plan.fixes()) {
                getLog().info(f.format());
                files.add(f.file());
                count++;
            }
            for (String r : plan.refused()) {
                getLog().warn("Not fixed: " + r);
            }
        }
        if (dryRun && !diff.isEmpty()) {
            for (String line : diff.split("\n", -1)) {
                if (!line.isEmpty()) {
                    getLog().info(line);
                }
            }
            Path file = outputDirectory().resolve("fix.diff");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, diff, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
            }
        }
        String changes = count + " change" + (count == 1 ? "" : "s") + " in " + files.size() + " file"
                + (files.size() == 1 ? "" : "s");
        if (count == 0) {
            getLog().info("adr:fix found nothing it can fix without judgement in " + relativeDirectory() + ".");
        } else if (dryRun) {
            getLog().info("Dry run: adr:fix would make " + changes + " (the diff above, also in target/adr/fix.diff);"
                    + " nothing was written.");
        } else {
            getLog().info("adr:fix made " + changes + "; review them with git diff.");
        }
        List<Finding> judgement = adrs.judgement();
        if (!judgement.isEmpty()) {
            getLog().warn(judgement.size() + " finding" + (judgement.size() == 1 ? " needs" : "s need")
                    + " judgement, so adr:fix left " + (judgement.size() == 1 ? "it" : "them") + " alone:");
            for (int i = 0; i < Math.min(MAX_JUDGEMENT, judgement.size()); i++) {
                getLog().warn(judgement.get(i).format());
            }
            if (judgement.size() > MAX_JUDGEMENT) {
                getLog().warn("... and " + (judgement.size() - MAX_JUDGEMENT) + " more; mvn adr:validate lists"
                        + " them all.");
            }
        }
    }

    private Set<String> selected() {
        Set<String> out = new LinkedHashSet<>();
        if (fixRules != null) {
            for (String s : fixRules) {
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }
}
