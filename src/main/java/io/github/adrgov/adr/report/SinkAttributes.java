package io.github.adrgov.adr.report;

import javax.swing.text.SimpleAttributeSet;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/** Attributes of one Sink event, on the Sink API alone (Doxia's own set lives in doxia-core, which we do not carry). */
final class SinkAttributes extends SimpleAttributeSet implements SinkEventAttributes {

    private static final long serialVersionUID = 1L;

    /** One attribute. */
    static SinkAttributes of(String name, String value) {
        SinkAttributes a = new SinkAttributes();
        a.addAttribute(name, value);
        return a;
    }
}
