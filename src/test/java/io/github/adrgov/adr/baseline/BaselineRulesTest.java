package io.github.adrgov.adr.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.config.StatusTransitions;
import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.result.ValidationResult;
import io.github.adrgov.adr.rules.DeletedAdrRule;
import io.github.adrgov.adr.rules.IllegalStatusTransitionRule;
import io.github.adrgov.adr.rules.ModifiedAcceptedRule;
import io.github.adrgov.adr.rules.NumberReusedRule;
import io.github.adrgov.adr.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four baseline rules against real git histories built with JGit. */
class BaselineRulesTest {

    @TempDir
    Path dir;

    private final GitBaseline baseline = new GitBaseline(ReadOptions.defaults());
    private final Validator validator = new Validator(List.of(new ModifiedAcceptedRule(), new NumberReusedRule(),
            new DeletedAdrRule(), new IllegalStatusTransitionRule()));

    static String adr(int n, String title, String status, String decision) {
        return "# ADR-" + String.format("%03d", n) + ": " + title + "\n\n"
                + "**Date**: 2025-01-15\n"
                + "**Status**: " + status + "\n\n"
                + "## Context\n\nWe need to decide about " + title.toLowerCase() + ".\n\n"
                + "## Decision\n\n" + decision + "\n\n"
                + "## Consequences\n\nSome good, some bad.\n";
    }

    private List<Finding> validate(String ref) {
        BaselineOutcome outcome = baseline.load(dir, dir.resolve("docs/adr"), ref);
        assertThat(outcome.kind()).as(outcome.message()).isEqualTo(BaselineOutcome.Kind.LOADED);
        ValidationResult result = validator.validate(currentLog(), ValidationConfig.defaults(), dir,
                outcome.snapshot());
        return result.findings();
    }

    /** The log as committed at HEAD (the tests commit every change), read through the same reader. */
    private AdrLog currentLog() {
        return baseline.load(dir, dir.resolve("docs/adr"), "HEAD").snapshot().tip();
    }

    private GitFixture mainWithTwoAccepted() throws Exception {
        GitFixture git = GitFixture.init(dir);
        git.write("docs/adr/0001-use-postgres.md", adr(1, "Use Postgres", "Accepted", "We use Postgres 16."))
                .write("docs/adr/0002-use-kafka.md", adr(2, "Use Kafka", "Accepted", "We use Kafka for events."))
                .write("docs/adr/README.md", "# Decisions\n")
                .commit("two ADRs");
        return git;
    }

    @Test
    void editingAnAcceptedAdrIsModifiedAccepted() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature")
                    .write("docs/adr/0002-use-kafka.md", adr(2, "Use Kafka", "Accepted", "We use RabbitMQ for events."))
                    .commit("rewrite 2");

            assertThat(validate("main")).extracting(Finding::format).containsExactly(
                    "docs/adr/0002-use-kafka.md:12: [modified-accepted] This ADR was accepted when this branch left"
                            + " main and its text has changed: line 12 now reads \"We use RabbitMQ for events.\"."
                            + " Accepted ADRs are not rewritten: undo the change and write a new ADR that supersedes"
                            + " this one.");
        }
    }

    @Test
    void removingTextOfAnAcceptedAdrIsModifiedAccepted() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature")
                    .write("docs/adr/0002-use-kafka.md", adr(2, "Use Kafka", "Accepted", "We use Kafka for events.")
                            .replace("## Consequences\n\nSome good, some bad.\n", ""))
                    .commit("cut 2");

            assertThat(validate("main")).extracting(Finding::rule, Finding::line, Finding::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("modified-accepted", null,
                            "This ADR was accepted when this branch left main and its text has changed:"
                                    + " \"## Consequences\" (line 14 on main) was removed. Accepted ADRs are not"
                                    + " rewritten: undo the change and write a new ADR that supersedes this one."));
        }
    }

    @Test
    void supersedingAnAcceptedAdrChangesOnlyItsStatusAndPasses() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature")
                    .write("docs/adr/0002-use-kafka.md",
                            adr(2, "Use Kafka", "Superseded by ADR-003", "We use Kafka for events.")
                                    .replace("We use Kafka", "We  use   Kafka") + "\n\n")
                    .write("docs/adr/0003-use-pulsar.md", adr(3, "Use Pulsar", "Accepted", "We use Pulsar."))
                    .commit("supersede 2 by 3");

            assertThat(validate("main")).isEmpty();
        }
    }

    @Test
    void editingAProposedAdrIsAllowed() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-a.md", adr(1, "A", "Proposed", "Maybe A.")).commit("proposal");
            git.branch("feature").write("docs/adr/0001-a.md", adr(1, "A", "Accepted", "Certainly A.")).commit("accept");

            assertThat(validate("main")).isEmpty();
        }
    }

    @Test
    void twoBranchesAddingTheSameNumberFailOnTheSecond() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("first").write("docs/adr/0003-use-redis.md", adr(3, "Use Redis", "Accepted", "Redis."))
                    .commit("first adds 3");
            git.checkout("main").branch("second")
                    .write("docs/adr/0003-use-memcached.md", adr(3, "Use Memcached", "Proposed", "Memcached."))
                    .commit("second adds 3");
            // the first branch is merged into main
            git.checkout("main");
            git.git.merge().include(git.git.getRepository().resolve("first")).call();

            git.checkout("first");
            assertThat(validate("main")).as("the first branch, already merged, is fine").isEmpty();

            git.checkout("second");
            assertThat(validate("main")).extracting(Finding::format).containsExactly(
                    "docs/adr/0003-use-memcached.md:1: [number-reused] Number 3 is already taken on main by"
                            + " docs/adr/0003-use-redis.md (\"Use Redis\"); renumber this ADR to 4, the next free"
                            + " number.");
        }
    }

    @Test
    void renamingAnAdrOnTheBranchIsNotReuse() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature").delete("docs/adr/0002-use-kafka.md")
                    .write("docs/adr/0002-kafka-for-events.md", adr(2, "Use Kafka", "Accepted",
                            "We use Kafka for events."))
                    .commit("better slug");

            assertThat(validate("main")).isEmpty();
        }
    }

    @Test
    void deletingAnAdrIsDeletedAdr() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature").delete("docs/adr/0001-use-postgres.md").commit("drop 1");

            assertThat(validate("main")).extracting(Finding::format).containsExactly(
                    "docs/adr/0001-use-postgres.md: [deleted-adr] This ADR (\"Use Postgres\") exists on main but was"
                            + " deleted on this branch. ADRs are never deleted: restore the file and set its status to"
                            + " Deprecated, or Superseded by the ADR that replaces it.");
        }
    }

    @Test
    void anAdrAddedOnTheTargetAfterTheForkIsNotDeletedHere() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature").write("docs/adr/0003-use-redis.md", adr(3, "Use Redis", "Proposed", "Redis."))
                    .commit("feature adds 3");
            git.checkout("main").write("docs/adr/0004-use-grpc.md", adr(4, "Use gRPC", "Accepted", "gRPC."))
                    .commit("main adds 4 after the fork");
            git.checkout("feature");

            assertThat(validate("main")).isEmpty();
        }
    }

    @Test
    void acceptedBackToProposedIsAnIllegalTransition() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature")
                    .write("docs/adr/0001-use-postgres.md", adr(1, "Use Postgres", "Proposed", "We use Postgres 16."))
                    .commit("reopen 1");

            assertThat(validate("main")).extracting(Finding::format).containsExactly(
                    "docs/adr/0001-use-postgres.md:4: [illegal-status-transition] Status changed from \"Accepted\" on"
                            + " main to \"Proposed\"; an accepted ADR may only become deprecated or superseded"
                            + " (adr.statusTransitions).");
        }
    }

    @Test
    void theTransitionTableIsConfigurable() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature")
                    .write("docs/adr/0001-use-postgres.md", adr(1, "Use Postgres", "Proposed", "We use Postgres 16."))
                    .commit("reopen 1");
            BaselineOutcome outcome = baseline.load(dir, dir.resolve("docs/adr"), "main");
            ValidationConfig config = ValidationConfig.builder()
                    .statusTransitions(StatusTransitions.parse("accepted->proposed,superseded")).build();

            assertThat(validator.validate(currentLog(), config, dir, outcome.snapshot()).findings()).isEmpty();
        }
    }

    @Test
    void supersededBackToAcceptedIsFinal() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("docs/adr/0001-a.md", adr(1, "A", "Superseded by ADR-002", "A."))
                    .write("docs/adr/0002-b.md", adr(2, "B", "Accepted", "B.")).commit("two");
            git.branch("feature").write("docs/adr/0001-a.md", adr(1, "A", "Accepted", "A.")).commit("revive 1");

            assertThat(validate("main")).extracting(Finding::format).containsExactly(
                    "docs/adr/0001-a.md:4: [illegal-status-transition] Status changed from \"Superseded by ADR-002\""
                            + " on main to \"Accepted\"; a superseded ADR is final: write a new ADR instead.");
        }
    }

    @Test
    void withoutABaselineTheRulesAreSilent() throws Exception {
        try (GitFixture git = mainWithTwoAccepted()) {
            git.branch("feature").delete("docs/adr/0001-use-postgres.md").commit("drop 1");

            assertThat(validator.validate(currentLog(), ValidationConfig.defaults(), dir, null).findings()).isEmpty();
        }
    }
}
