package dev.blastmap.policy;

import dev.blastmap.io.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy cannot be used: it is not valid YAML, names an unknown rule, has a bad value, or has a rule that
 * matches nothing in the graph or that this build cannot check. Carries every problem found, each located in
 * the policy file.
 */
public final class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Makes the exception; {@code problems} must not be empty. */
    public PolicyException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a policy error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
