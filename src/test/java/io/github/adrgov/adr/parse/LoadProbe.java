package io.github.adrgov.adr.parse;

/**
 * Reads one text (given with {@code \n} for line ends) as the parser reads a file, front matter and outline, in a JVM
 * of its own, so that {@link ParsersLoadOnDemandTest} can see from the class-load log which parsers it needed.
 */
public final class LoadProbe {

    private LoadProbe() {
    }

    public static void main(String[] args) {
        SourceText src = SourceText.of(args[0].replace("\\n", "\n"));
        FrontMatter fm = FrontMatterReader.read(src);
        MarkdownOutline o = MarkdownOutline.parse(src.lines(), fm.present() ? fm.endLine() + 1 : 1);
        System.out.println("probe read " + o.headings().size() + " headings, " + fm.values().size() + " values");
    }
}
