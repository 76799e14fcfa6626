package io.github.adrgov.adr.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCopiesTest {

    @TempDir
    Path tmp;

    @Test
    void copiesExistingImagesInsideTheProjectOnly() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(base.resolve("docs/img"));
        Files.write(base.resolve("docs/img/flow.png"), new byte[] {1, 2, 3});
        Files.write(tmp.resolve("outside.png"), new byte[] {9});
        Files.createSymbolicLink(base.resolve("docs/img/link.png"), tmp.resolve("outside.png"));
        Path pages = tmp.resolve("site/adr");

        int n = ImageCopies.copy(base, List.of("docs/img/flow.png", "docs/img/missing.png", "../outside.png",
                "docs/img/link.png"), pages);

        assertThat(n).isEqualTo(1);
        assertThat(pages.resolve("images/docs/img/flow.png")).hasBinaryContent(new byte[] {1, 2, 3});
        try (var files = Files.walk(tmp.resolve("site"))) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(pages.resolve("images/docs/img/flow.png"));
        }
    }
}
