package dev.blastmap.policy;

/**
 * One rule of a policy: a resilience property the graph must have. Each kind is a record holding its
 * {@link RuleSettings} and its own value; {@link PolicyCheck} decides what each means.
 */
public sealed interface Rule permits MaxDown, MaxWeighted, NoSinglePointOfFailure, Survive, NoCommonCause,
        MaxCutSetsOrder2 {

    /** The id, severity, exceptions and position of the rule. */
    RuleSettings settings();

    /** The key that names this kind of rule in a policy file, e.g. {@code maxDown}. */
    String kind();

    /** The rule as written, e.g. {@code maxDown: 50}. */
    String text();

    /** What the rule demands, as a sentence for reports. */
    String description();

    /** The rule's id. */
    default String id() {
        return settings().id();
    }

    /** The rule's severity. */
    default Severity severity() {
        return settings().severity();
    }
}
