package io.github.adrgov.adr.index;

import io.github.adrgov.adr.model.AdrLog;
import io.github.adrgov.adr.parse.LogReader;
import io.github.adrgov.adr.parse.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the index and adrs.json of every log of a corpus into an output directory (never into the corpus), twice,
 * and checks that both runs give the same bytes. Not a unit test: the corpus lives outside the repository. Run it
 * with {@code java -cp target/classes:target/test-classes:<deps> io.github.adrgov.adr.index.CorpusIndexRun
 * ../shared/corpus /tmp/corpus-index}.
 */
public final class CorpusIndexRun {

    public static void main(String[] args) throws Exception {
        Path corpus = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        LogReader reader = new LogReader(ReadOptions.defaults());
        IndexRenderer renderer = new IndexRenderer(IndexSettings.defaults());
        for (Path repo : list(corpus)) {
            for (Path adrDir : list(repo)) {
                String name = repo.getFileName() + "__" + adrDir.getFileName();
                long t0 = System.nanoTime();
                AdrLog log = reader.read(repo, adrDir);
                String indexRel = repo.relativize(adrDir.resolve("README.md")).toString().replace('\\', '/');
                String existing = IndexFile.read(adrDir.resolve("README.md"), indexRel).orElse(null);
                String text;
                try {
                    text = IndexFile.merge(existing, renderer.render(log, indexRel), indexRel);
                } catch (IndexFileException e) {
                    System.out.println(name + ": " + e.getMessage());
                    continue;
                }
                String again = IndexFile.merge(text, renderer.render(reader.read(repo, adrDir), indexRel), indexRel);
                String json = AdrsJsonWriter.render(log);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Files.createDirectories(out);
                Files.writeString(out.resolve(name + ".md"), text, StandardCharsets.UTF_8);
                Files.writeString(out.resolve(name + ".json"), json, StandardCharsets.UTF_8);
                System.out.println(name + ": " + log.size() + " ADRs, " + log.unreadable().size() + " unreadable, "
                        + (existing == null ? "new" : "appended to existing README") + ", stable="
                        + text.equals(again) + ", " + ms + " ms");
            }
        }
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
