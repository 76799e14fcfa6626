package io.github.adrgov.adr.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regex helpers rewritten to do the same thing without
 * {@link Matcher#toMatchResult()}. Since Java 15 that call copies the whole input into a new String, and flexmark's
 * sequences copy char by char: on a paragraph with many links or code spans every match copied the paragraph again,
 * which made a 10,000-file log take a minute instead of seconds, and a site page of a heading with 800 links take
 * seconds. Behaviour is unchanged. The parser of ADR files and the site's renderer of ADR bodies both use it.
 */
public class FastInlineParser extends InlineParserImpl {

    /** The factory to give {@code Parser.builder().customInlineParserFactory(...)}. */
    static final InlineParserFactory FACTORY = FastInlineParser::new;

    /**
     * Sets this inline parser on a builder. flexmark registers its core paragraph pre-processor (reference
     * definitions, {@code [label]: url}) only with its own inline parser, so it is added here explicitly.
     */
    public static Parser.Builder configure(Parser.Builder builder) {
        return builder.customInlineParserFactory(FACTORY).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /**
     * As {@link #configure(Parser.Builder)}, for a reader that wants only links, images and reference definitions
     * from the inline content ({@link MarkdownOutline}): a paragraph or heading without a {@code [} holds none of them,
     * so its text is kept as one text node without running the inline parser over it.
     */
    static Parser.Builder configureForLinks(Parser.Builder builder) {
        return builder.customInlineParserFactory(LinksOnly::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** The inline parser of {@link #configureForLinks(Parser.Builder)}. */
    static final class LinksOnly extends FastInlineParser {
        LinksOnly(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessorData,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessorData,
                    inlineParserExtensions);
        }

        @Override
        public void parse(BasedSequence content, Node block) {
            if (content.indexOf('[') < 0) {
                block.appendChild(new Text(content));
                return;
            }
            super.parse(content, block);
        }
    }

    FastInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessorData,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessorData,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (m.find()) {
            index = m.end();
            return input.subSequence(m.start(), m.end());
        }
        return null;
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (m.find()) {
            index = m.end();
            BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
            groups[0] = input.subSequence(m.start(), m.end());
            for (int i = 1; i <= m.groupCount(); i++) {
                groups[i] = m.start(i) >= 0 ? input.subSequence(m.start(i), m.end(i)) : null;
            }
            return groups;
        }
        return null;
    }
}
