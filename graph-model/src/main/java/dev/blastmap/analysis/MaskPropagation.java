package dev.blastmap.analysis;

/**
 * Down sets of up to 64 single-service knockouts at once. Bit i of {@code mask[p]} says "the service at
 * position p is down when source i is knocked out alone". Only hard clauses count: a clause breaks for the
 * sources for which at least {@code failuresToBreak} member masks have the bit, which for one member or
 * anyOf-like clauses (failuresToBreak 1) is an OR, for allOf-like clauses (every member must be lost, that
 * is need 1) an AND, and otherwise a threshold over bit-sliced counters.
 *
 * <p>Services are renumbered into positions in {@link DependencyOrder}, so one pass over the positions sees
 * every dependency's final mask before its dependents, except inside a cycle: a strongly connected component
 * is iterated from "only the sources down" with a worklist until nothing changes, which is its least fixpoint
 * because every clause is monotone. Each mask can only gain bits, at most 64 times, so this terminates.
 *
 * <p>A pass whose sources sit at positions p.. only needs positions from the start of p's component on:
 * nothing earlier depends on a source. Immutable; each thread brings its own {@link Scratch}.
 */
final class MaskPropagation {

    final int size;
    /** The service at each position. */
    final int[] service;
    /** The position of each service. */
    final int[] position;
    /** For each position, the first position of its component. */
    final int[] componentFirst;
    /** For each position, the position after the end of its component. */
    final int[] componentEnd;

    /** Members (as positions) of all hard clauses that one lost member breaks: orStart[p] until orStart[p + 1]. */
    private final int[] orStart;
    private final int[] orMembers;
    /** The other hard clauses of each position: complexStart[p] until complexStart[p + 1]. */
    private final int[] complexStart;
    private final int[] complexFailures;
    private final boolean[] complexNeedsAll;
    private final int[] complexMemberStart;
    private final int[] complexMembers;
    /** Dependents inside the same component, for the worklist: dependentStart[p] until dependentStart[p + 1]. */
    private final int[] dependentStart;
    private final int[] dependents;

    MaskPropagation(CompiledGraph g) {
        DependencyOrder dependencyOrder = DependencyOrder.of(g);
        size = g.size;
        service = dependencyOrder.order;
        position = new int[size];
        for (int p = 0; p < size; p++) {
            position[service[p]] = p;
        }
        componentFirst = new int[size];
        componentEnd = new int[size];
        for (int c = 0; c < dependencyOrder.components(); c++) {
            for (int p = dependencyOrder.componentStart[c]; p < dependencyOrder.componentStart[c + 1]; p++) {
                componentFirst[p] = dependencyOrder.componentStart[c];
                componentEnd[p] = dependencyOrder.componentStart[c + 1];
            }
        }

        int orCount = 0;
        int complexCount = 0;
        int complexMemberCount = 0;
        for (int c = 0; c < g.clauseCount(); c++) {
            if (g.clauseSoft[c]) {
                continue;
            }
            int members = g.memberStart[c + 1] - g.memberStart[c];
            if (g.clauseFailures[c] == 1) {
                orCount += members;
            } else {
                complexCount++;
                complexMemberCount += members;
            }
        }
        orStart = new int[size + 1];
        orMembers = new int[orCount];
        complexStart = new int[size + 1];
        complexFailures = new int[complexCount];
        complexNeedsAll = new boolean[complexCount];
        complexMemberStart = new int[complexCount + 1];
        complexMembers = new int[complexMemberCount];
        int or = 0;
        int complex = 0;
        int complexMember = 0;
        for (int p = 0; p < size; p++) {
            int v = service[p];
            orStart[p] = or;
            complexStart[p] = complex;
            for (int c = g.clauseStart[v]; c < g.clauseStart[v + 1]; c++) {
                if (g.clauseSoft[c]) {
                    continue;
                }
                int members = g.memberStart[c + 1] - g.memberStart[c];
                if (g.clauseFailures[c] == 1) {
                    for (int j = g.memberStart[c]; j < g.memberStart[c + 1]; j++) {
                        orMembers[or++] = position[g.members[j]];
                    }
                } else {
                    complexFailures[complex] = g.clauseFailures[c];
                    complexNeedsAll[complex] = g.clauseFailures[c] == members;
                    complexMemberStart[complex] = complexMember;
                    for (int j = g.memberStart[c]; j < g.memberStart[c + 1]; j++) {
                        complexMembers[complexMember++] = position[g.members[j]];
                    }
                    complex++;
                }
            }
        }
        orStart[size] = or;
        complexStart[size] = complex;
        complexMemberStart[complex] = complexMember;

        dependentStart = new int[size + 1];
        for (int p = 0; p < size; p++) {
            dependentStart[p + 1] = dependentStart[p] + dependentsInComponent(g, p, null, 0);
        }
        dependents = new int[dependentStart[size]];
        for (int p = 0; p < size; p++) {
            dependentsInComponent(g, p, dependents, dependentStart[p]);
        }
    }

    /** Counts (and, given an array, writes from {@code at}) the hard dependents of p in p's own cycle. */
    private int dependentsInComponent(CompiledGraph g, int p, int[] into, int at) {
        if (componentEnd[p] - componentFirst[p] < 2) {
            return 0;
        }
        int found = 0;
        int v = service[p];
        for (int r = g.reverseStart[v]; r < g.reverseStart[v + 1]; r++) {
            int clause = g.reverseClause[r];
            int q = position[g.clauseOwner[clause]];
            if (!g.clauseSoft[clause] && componentFirst[q] == componentFirst[p]) {
                if (into != null) {
                    into[at + found] = q;
                }
                found++;
            }
        }
        return found;
    }

    /** Per-thread working memory. */
    static final class Scratch {
        final long[] mask;
        private final int[] worklist;
        private final boolean[] queued;
        private final long[] counter = new long[33];

        Scratch(int size) {
            mask = new long[size];
            worklist = new int[Math.max(1, size)];
            queued = new boolean[size];
        }
    }

    /**
     * Computes the masks for the sources at positions {@code first .. first + count - 1} (bit i for position
     * first + i) and returns the first position whose mask was written; every mask before it is zero for this
     * pass. Masks at earlier positions are left as they were, so a thread must take passes in decreasing
     * {@code first} order to leave no stale bits behind (or clear them itself).
     */
    int propagate(int first, int count, Scratch scratch) {
        long[] mask = scratch.mask;
        int start = componentFirst[first];
        int p = start;
        while (p < size) {
            int end = componentEnd[p];
            if (end == p + 1) {
                mask[p] = sourceBit(p, first, count) | evaluate(p, mask, scratch.counter);
                p++;
            } else {
                fixpoint(p, end, first, count, scratch);
                p = end;
            }
        }
        return start;
    }

    private void fixpoint(int from, int end, int first, int count, Scratch scratch) {
        long[] mask = scratch.mask;
        int[] worklist = scratch.worklist;
        boolean[] queued = scratch.queued;
        int capacity = end - from;
        int head = 0;
        int queuedCount = 0;
        for (int p = from; p < end; p++) {
            mask[p] = sourceBit(p, first, count);
            worklist[queuedCount++] = p;
            queued[p] = true;
        }
        while (queuedCount > 0) {
            int p = worklist[head];
            head = head + 1 == capacity ? 0 : head + 1;
            queuedCount--;
            queued[p] = false;
            long next = mask[p] | evaluate(p, mask, scratch.counter);
            if (next == mask[p]) {
                continue;
            }
            mask[p] = next;
            for (int d = dependentStart[p]; d < dependentStart[p + 1]; d++) {
                int q = dependents[d];
                if (!queued[q]) {
                    queued[q] = true;
                    int tail = head + queuedCount;
                    worklist[tail >= capacity ? tail - capacity : tail] = q;
                    queuedCount++;
                }
            }
        }
    }

    private static long sourceBit(int p, int first, int count) {
        int bit = p - first;
        return bit >= 0 && bit < count ? 1L << bit : 0L;
    }

    /** The sources for which some hard clause of the service at position p is broken. */
    private long evaluate(int p, long[] mask, long[] counter) {
        long down = 0;
        for (int j = orStart[p], end = orStart[p + 1]; j < end; j++) {
            down |= mask[orMembers[j]];
        }
        for (int c = complexStart[p], end = complexStart[p + 1]; c < end; c++) {
            down |= complexNeedsAll[c] ? allLost(c, mask) : atLeastLost(c, mask, counter);
        }
        return down;
    }

    private long allLost(int c, long[] mask) {
        long all = -1L;
        for (int j = complexMemberStart[c], end = complexMemberStart[c + 1]; j < end && all != 0; j++) {
            all &= mask[complexMembers[j]];
        }
        return all;
    }

    /** Sources for which at least complexFailures[c] members are down: bit-sliced counting, then a compare. */
    private long atLeastLost(int c, long[] mask, long[] counter) {
        int levels = 0;
        for (int j = complexMemberStart[c], end = complexMemberStart[c + 1]; j < end; j++) {
            long carry = mask[complexMembers[j]];
            for (int level = 0; carry != 0; level++) {
                if (level == levels) {
                    counter[levels++] = 0;
                }
                long overflow = counter[level] & carry;
                counter[level] ^= carry;
                carry = overflow;
            }
        }
        int failures = complexFailures[c];
        if (levels < 31 && (failures >>> levels) != 0) {
            return 0; // fewer than 2^levels members are down for every source, and that is below failures
        }
        long greater = 0;
        long equal = -1L;
        for (int level = levels - 1; level >= 0; level--) {
            if ((failures >>> level & 1) != 0) {
                equal &= counter[level];
            } else {
                greater |= equal & counter[level];
                equal &= ~counter[level];
            }
        }
        return greater | equal;
    }
}
