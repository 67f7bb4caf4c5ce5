package dev.blastmap.io.assemble;

import java.time.Duration;

/**
 * One edge as a reader finds it, already turned to point from the dependent to its dependency. Edges of the
 * same dependent that share a {@linkplain #clause(String, int) clause key} become one k-of-n clause; other
 * edges to the same dependency collapse into one.
 */
public final class EdgeDraft {

    private final String dependency;
    private final int line;
    private boolean soft;
    private Duration delay = Duration.ZERO;
    private String note = "";
    private String clause;
    private int need;

    EdgeDraft(String dependency, int line) {
        this.dependency = dependency;
        this.line = line;
    }

    /** The id of the service depended on. */
    public String dependency() {
        return dependency;
    }

    /** The line the edge was read from, or 0. */
    public int line() {
        return line;
    }

    /** Makes the dependency soft (losing it degrades) or hard (losing it takes the dependent down). */
    public EdgeDraft soft(boolean value) {
        soft = value;
        return this;
    }

    /** Sets how long after the dependency fails the dependent goes down. */
    public EdgeDraft delay(Duration value) {
        delay = value;
        return this;
    }

    /** Sets the note shown to users. */
    public EdgeDraft note(String value) {
        note = value == null ? "" : value;
        return this;
    }

    /**
     * Puts this edge into the clause {@code key} of its dependent, which needs {@code need} of its members up
     * (0 when the file does not say: then every member is needed).
     */
    public EdgeDraft clause(String key, int need) {
        this.clause = key;
        this.need = need;
        return this;
    }

    /** Puts this edge into the clause {@code key} of its dependent, keeping any need set before. */
    public EdgeDraft clause(String key) {
        this.clause = key;
        return this;
    }

    /** Sets how many members of this edge's clause must be up; meaningful only with a clause key. */
    public EdgeDraft need(int value) {
        this.need = value;
        return this;
    }

    boolean isSoft() {
        return soft;
    }

    Duration delayValue() {
        return delay;
    }

    String noteValue() {
        return note;
    }

    String clauseKey() {
        return clause;
    }

    int needValue() {
        return need;
    }
}
