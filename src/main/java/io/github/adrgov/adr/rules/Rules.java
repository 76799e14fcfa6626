package io.github.adrgov.adr.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue of rules. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new UnreadableFileRule(),
            new InvalidFrontMatterRule(),
            new NotAnAdrRule(),
            new MissingTitleRule(),
            new MissingNumberRule(),
            new NumberMismatchRule(),
            new DuplicateNumberRule(),
            new NumberGapRule(),
            new InconsistentNumberWidthRule(),
            new MissingStatusRule(),
            new UnknownStatusRule(),
            new MissingDateRule(),
            new InvalidDateRule(),
            new FutureDateRule(),
            new MissingFieldRule(),
            new MissingSectionRule(),
            new EmptySectionRule(),
            new PlaceholderTextRule(),
            new BrokenSupersessionRule(),
            new SelfSupersessionRule(),
            new SupersessionCycleRule(),
            new SupersededStillActiveRule(),
            new OneSidedSupersessionRule(),
            new SupersededByInactiveRule(),
            new BrokenReferenceRule(),
            new BrokenLinkRule(),
            new BrokenCitationRule(),
            new SupersededCitationRule(),
            new InactiveCitationRule(),
            new StaleIndexRule(),
            new UnlistedAdrRule(),
            new ModifiedAcceptedRule(),
            new NumberReusedRule(),
            new DeletedAdrRule(),
            new IllegalStatusTransitionRule()
    );

    private Rules() {
    }

    /** Every rule of the catalogue, in catalogue order. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id. */
    public static Optional<Rule> byId(String id) {
        for (Rule r : ALL) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every rule id, in catalogue order. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Rule r : ALL) {
            ids.add(r.id());
        }
        return Collections.unmodifiableList(ids);
    }

    /** Rules by id, in catalogue order. */
    public static Map<String, Rule> byIdMap() {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : ALL) {
            m.put(r.id(), r);
        }
        return m;
    }
}
