package io.github.adrgov.adr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The file selection shared by the disk reader and the git baseline. */
class LogFilesTest {

    @Test
    void idsOfNestedAndFolderStyleAdrs() {
        List<String> skipped = new ArrayList<>();
        assertThat(LogFiles.classify(List.of("0001-a.md", "0007-folder/README.md", "0007-folder/notes.md",
                "20240115-slug/index.md", "sub/0002-b.markdown", "sub/README.md"), skipped))
                .containsExactly(Map.entry("0001-a.md", "0001-a"),
                        Map.entry("0007-folder/README.md", "0007-folder"),
                        Map.entry("20240115-slug/index.md", "20240115-slug"),
                        Map.entry("sub/0002-b.markdown", "sub/0002-b"));
        assertThat(skipped).containsExactly("0007-folder/notes.md", "sub/README.md");
    }
}
