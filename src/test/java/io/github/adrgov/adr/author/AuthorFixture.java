package io.github.adrgov.adr.author;

import io.github.adrgov.adr.config.ValidationConfig;
import io.github.adrgov.adr.edit.AtomicWriter;
import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.model.BaselineSnapshot;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import io.github.adrgov.adr.result.Finding;
import io.github.adrgov.adr.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project with an ADR log in a temporary folder, and the steps a goal takes on it. */
final class AuthorFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    final Path project;
    final Path dir;
    BaselineSnapshot baseline;

    AuthorFixture(Path tmp) throws IOException {
        this.project = tmp;
        this.dir = Files.createDirectories(tmp.resolve("docs/adr"));
    }

    AuthorFixture file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    AdrLog log() throws IOException {
        return new LogReader(ReadOptions.defaults()).read(project, dir);
    }

    ValidationConfig config() {
        return ValidationConfig.builder().today(TODAY).indexFile("docs/adr/README.md").build();
    }

    Authoring authoring() throws IOException {
        return new Authoring(new Authoring.Setup(project, dir, log(), config(), baseline, dir.resolve("README.md")));
    }

    /** Plans and writes; returns the plan. */
    Authoring.Plan write(Authoring.Plan plan) throws IOException {
        plan.changes().writeAll(new AtomicWriter(project));
        return plan;
    }

    Authoring.Plan create(String title, String... supersedes) throws Exception {
        return write(authoring().planNew(new Authoring.NewRequest(title, null, null, List.of(supersedes), null, null)));
    }

    /** Every finding of the validator on the log as it is on disk now. */
    List<String> findings() throws IOException {
        List<String> out = new ArrayList<>();
        for (Finding f : new Validator().validate(log(), config(), project, baseline).findings()) {
            out.add(f.format());
        }
        return out;
    }

    /** Every file below the ADR directory with its bytes as text, to show that nothing was written. */
    Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(project.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }
}
