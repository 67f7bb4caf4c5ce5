package dev.blastmap.policy;

import dev.blastmap.io.SourcePosition;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What every rule carries besides its own value.
 *
 * @param id       unique within the policy: letters, digits, '.', '_' and '-'
 * @param severity whether breaking the rule fails the check
 * @param except   what the rule does not hold against (service ids, or domains such as {@code zone:use1-az1}
 *                 for {@code survive}), sorted and distinct
 * @param position where the rule starts in the policy file
 */
public record RuleSettings(String id, Severity severity, List<String> except, SourcePosition position) {

    /** The form an id must have. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    /** Validates the settings and sorts the exceptions. */
    public RuleSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("a rule id is 1 to 100 letters, digits, '.', '_' or '-', was '" + id + "'");
        }
        except = List.copyOf(new TreeSet<>(except));
    }

    /** True if the rule does not hold against this service id or domain. */
    public boolean excepts(String idOrDomain) {
        return except.contains(idOrDomain);
    }
}
