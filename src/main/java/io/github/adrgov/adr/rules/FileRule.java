package io.github.adrgov.adr.rules;

/**
 * A rule that judges each ADR on its own: what it reports about an ADR depends only on that ADR's file (its model and
 * its text) and the configuration, never on another ADR, the log as a whole ({@link RuleContext#numbered()}), the
 * file system, the clock or the baseline. The engine may therefore run it on each file while the file's text is at
 * hand, and keep its findings with the file's model in the parse cache, so that a build over an unchanged ADR does not
 * check it again. A rule that needs more than its file must not implement this.
 */
public interface FileRule extends Rule {
}
