package dev.blastmap.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a service's {@code dependsOn}: the service needs at least {@code need} of {@code members}
 * up. A hard clause with fewer members up takes the service down after {@code delay}; a soft clause only
 * degrades it.
 *
 * @param members the services this clause is about, distinct, at least one, in file order
 * @param need    how many members must be up, from 1 to {@code members.size()}
 * @param soft    true if losing the clause degrades the service instead of taking it down
 * @param delay   how long after the clause breaks the service goes down; zero or positive
 * @param note    free text shown to users; empty when absent, never null
 */
public record Clause(List<ServiceId> members, int need, boolean soft, Duration delay, String note) {

    /** Validates the clause and copies its members. */
    public Clause {
        members = List.copyOf(members);
        Objects.requireNonNull(delay, "delay");
        note = note == null ? "" : note;
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a clause needs at least one member");
        }
        if (hasRepeats(members)) {
            throw new IllegalArgumentException("a clause lists a member twice: " + members);
        }
        if (need < 1 || need > members.size()) {
            throw new IllegalArgumentException("need must be from 1 to " + members.size() + ", was " + need);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
    }

    /** True if a member is listed twice; without a set for the short lists nearly every clause has. */
    private static boolean hasRepeats(List<ServiceId> members) {
        int n = members.size();
        if (n > 8) {
            return new HashSet<>(members).size() != n;
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (members.get(i).equals(members.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A hard dependency on one service. */
    public static Clause on(ServiceId member) {
        return new Clause(List.of(member), 1, false, Duration.ZERO, "");
    }

    /** A hard dependency satisfied while any one of {@code members} is up. */
    public static Clause anyOf(List<ServiceId> members) {
        return new Clause(members, 1, false, Duration.ZERO, "");
    }

    /** A hard dependency on every one of {@code members}. */
    public static Clause allOf(List<ServiceId> members) {
        return new Clause(members, members.size(), false, Duration.ZERO, "");
    }

    /** A hard dependency satisfied while at least {@code need} of {@code members} are up. */
    public static Clause atLeast(int need, List<ServiceId> members) {
        return new Clause(members, need, false, Duration.ZERO, "");
    }

    /** This clause, made soft. */
    public Clause asSoft() {
        return new Clause(members, need, true, delay, note);
    }

    /** This clause with another delay. */
    public Clause withDelay(Duration newDelay) {
        return new Clause(members, need, soft, newDelay, note);
    }

    /** This clause with another note. */
    public Clause withNote(String newNote) {
        return new Clause(members, need, soft, delay, newNote);
    }

    /** True for a plain dependency on one service. */
    public boolean isSingle() {
        return members.size() == 1;
    }

    /** How many members must be down before the clause breaks: {@code |members| - need + 1}. */
    public int failuresToBreak() {
        return members.size() - need + 1;
    }
}
