package io.github.adrgov.adr.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.adrgov.adr.model.Adr;
import io.github.adrgov.adr.model.AdrLog;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageNamesTest {

    private static Adr at(String file) {
        return Adr.builder(file).build();
    }

    @Test
    void namesComeFromTheIdMadeSafeForFileNames() {
        Adr plain = at("docs/adr/0003-use-x.md");
        Adr folder = at("docs/adr/auth/login flow/README.md");
        Adr odd = at("docs/adr/<b>?.md");
        Adr umlaut = at("docs/adr/0004-größe.md");
        Adr cjk = at("docs/adr/0005-使用-adr-tools.md");
        PageNames names = PageNames.of(new AdrLog("docs/adr", List.of(plain, folder, odd, umlaut, cjk), List.of(), List.of()));

        assertThat(names.of(plain)).isEqualTo("0003-use-x.html");
        assertThat(names.of(folder)).isEqualTo("login-flow.html");
        assertThat(names.of(odd)).isEqualTo("b.html");
        assertThat(names.of(umlaut)).isEqualTo("0004-gr-e.html");
        assertThat(names.of(cjk)).isEqualTo("0005-adr-tools.html");
    }

    @Test
    void collisionsAndTheIndexPageGetSuffixesInLogOrder() {
        Adr index = Adr.builder("docs/adr/index.markdown").id("index").build();
        Adr upper = Adr.builder("docs/adr/a/0001-X.md").id("a/0001-X").fileNumber("0001").build();
        Adr lower = Adr.builder("docs/adr/a-0001-x.md").id("a-0001-x").build();
        PageNames names = PageNames.of(new AdrLog("docs/adr", List.of(lower, index, upper), List.of(), List.of()));

        assertThat(names.of(index)).isEqualTo("index-2.html");
        // numbered ADRs come first in log order, so the numbered one keeps the plain name
        assertThat(names.of(upper)).isEqualTo("a-0001-X.html");
        assertThat(names.of(lower)).isEqualTo("a-0001-x-2.html");
    }
}
