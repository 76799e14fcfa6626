package io.github.adrgov.adr.fix;

import io.github.adrgov.adr.edit.ChangeSet;
import io.github.adrgov.adr.result.Finding;
import java.util.List;

/**
 * What {@code adr:fix} would do: the changes line by line, the files' new text (write it with
 * {@link ChangeSet#writeAll}, or show {@link ChangeSet#diff()} in a dry run), the findings that need judgement and
 * are left alone, and the fixes the editor refused (a status written as a badge, say) with the reason.
 *
 * @param fixes     one entry per change, in file order
 * @param changes   the new text of each file changed
 * @param judgement findings no fix answers, for the user to decide
 * @param refused   fixes that could not be made safely, one sentence each
 */
public record FixPlan(List<Fix> fixes, ChangeSet changes, List<Finding> judgement, List<String> refused) {

    public FixPlan {
        fixes = List.copyOf(fixes);
        judgement = List.copyOf(judgement);
        refused = List.copyOf(refused);
    }
}
