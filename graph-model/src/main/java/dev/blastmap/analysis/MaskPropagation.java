package dev.blastmap.analysis;

/**
 * Down sets of up to 64 single-service knockouts at once. Bit i of {@code mask[p]} says "the service at
 * position p is down when source i is knocked out alone". Only hard clauses count: a clause breaks for the
 * sources for which at least {@code failuresToBreak} member masks have the bit: an OR of the member masks
 * for a single dependency or allOf (failuresToBreak 1: any loss breaks it), an AND for anyOf (need 1: every
 * member must be lost), and otherwise a threshold over bit-sliced counters.
 *
 * <p>Services are renumbered into positions in {@link DependencyOrder}, so one pass over the positions sees
 * every dependency's final mask before its dependents, except inside a cycle: a strongly connected component
 * is iterated from "only the sources down" until nothing changes, which is its least fixpoint
 * because every clause is monotone. Each mask can only gain bits, at most 64 times, so this terminates.
 *
 * <p>A pass only evaluates positions that may have changed: the sources, and the dependents of positions
 * that went down. Most single failures take little down, so most passes touch a small part of the graph.
 * Immutable; each thread brings its own {@link Scratch}.
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
    private final boolean[] complexBreaksOnlyWhenAllLost;
    private final int[] complexMemberStart;
    private final int[] complexMembers;
    /** Hard dependents of each position: dependentStart[p] until dependentStart[p + 1]. */
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
        complexBreaksOnlyWhenAllLost = new boolean[complexCount];
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
                    complexBreaksOnlyWhenAllLost[complex] = g.clauseFailures[c] == members;
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
            dependentStart[p + 1] = dependentStart[p] + hardDependents(g, p, null, 0);
        }
        dependents = new int[dependentStart[size]];
        for (int p = 0; p < size; p++) {
            hardDependents(g, p, dependents, dependentStart[p]);
        }
    }

    /**
     * True if knocking out the service at position p alone can take down another service: if some hard clause
     * naming it breaks on one lost member (a single dependency or allOf). If not, it takes down only itself:
     * members of a clause are distinct, so a clause that needs two or more lost members (anyOf, atLeast) cannot
     * break while p is the only service down, and then nothing else goes down either.
     */
    boolean breaksSomethingAlone(CompiledGraph g, int p) {
        int v = service[p];
        for (int r = g.reverseStart[v]; r < g.reverseSoftStart[v]; r++) {
            if (g.reverseCode[r] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Counts (and, given an array, writes from {@code at}) the positions with a hard clause naming p. */
    private int hardDependents(CompiledGraph g, int p, int[] into, int at) {
        int found = 0;
        int v = service[p];
        for (int r = g.reverseStart[v]; r < g.reverseSoftStart[v]; r++) {
            if (into != null) {
                into[at + found] = position[g.reverseOwner[r]];
            }
            found++;
        }
        return found;
    }

    /**
     * Per-thread working memory. Between passes every mask is zero and nothing is marked; a pass lists the
     * positions it made non-zero in {@link #touched} so that {@link #clear} can undo exactly those.
     */
    static final class Scratch {
        final long[] mask;
        /** The bit of each source of the current pass, zero elsewhere. */
        private final long[] sourceBits;
        /** The positions whose {@link #sourceBits} the current pass set. */
        private int[] sources = new int[64];
        private int sourcesCount;
        /** Positions with a non-zero mask after the last pass; the first {@link #touchedCount} count. */
        final int[] touched;
        int touchedCount;
        private final long[] dirty;
        private final long[] counter = new long[33];

        Scratch(int size) {
            mask = new long[size];
            sourceBits = new long[size];
            touched = new int[size];
            dirty = new long[(size + 63) >>> 6];
        }

        /** Makes every mask zero again, ready for the next pass. */
        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                mask[touched[i]] = 0;
            }
            touchedCount = 0;
            for (int i = 0; i < sourcesCount; i++) {
                sourceBits[sources[i]] = 0;
            }
            sourcesCount = 0;
        }

        /** Knocks out position p in the scenarios of {@code bits}, remembering it for {@link #clear}. */
        private void knockOut(int p, long bits) {
            if (sourceBits[p] == 0) {
                if (sourcesCount == sources.length) {
                    sources = java.util.Arrays.copyOf(sources, sourcesCount * 2);
                }
                sources[sourcesCount++] = p;
            }
            sourceBits[p] |= bits;
            markDirty(p);
        }

        private void markDirty(int p) {
            dirty[p >>> 6] |= 1L << p;
        }

        private boolean takeDirty(int p) {
            long bit = 1L << p;
            boolean was = (dirty[p >>> 6] & bit) != 0;
            dirty[p >>> 6] &= ~bit;
            return was;
        }

        /** The first marked position from {@code from} on, or -1. */
        private int nextDirty(int from) {
            int word = from >>> 6;
            if (word >= dirty.length) {
                return -1;
            }
            long bits = dirty[word] & (-1L << from);
            while (bits == 0) {
                if (++word == dirty.length) {
                    return -1;
                }
                bits = dirty[word];
            }
            return (word << 6) + Long.numberOfTrailingZeros(bits);
        }
    }

    /**
     * Computes the masks for up to 64 sources, bit i for the position {@code sources[offset + i]}; the
     * positions must be ascending. The scratch must be clear; afterwards its touched positions hold the
     * non-zero masks.
     */
    void propagate(int[] sources, int offset, int count, Scratch scratch) {
        for (int i = 0; i < count; i++) {
            scratch.knockOut(sources[offset + i], 1L << i);
        }
        run(sources[offset], scratch, size);
    }

    /**
     * Computes the masks of up to 64 arbitrary scenarios: the service at position {@code positions[i]} is
     * knocked out in the scenarios whose bits {@code knockedOutIn[i]} has (a position may be listed more
     * than once; its bits are joined). So one pass can knock out a common part in every scenario (all bits)
     * and a different service in each. The scratch must be clear; afterwards its touched positions hold the
     * non-zero masks.
     */
    void propagate(int[] positions, long[] knockedOutIn, int count, Scratch scratch) {
        int first = size;
        for (int i = 0; i < count; i++) {
            if (knockedOutIn[i] != 0) {
                scratch.knockOut(positions[i], knockedOutIn[i]);
                first = Math.min(first, positions[i]);
            }
        }
        if (first < size) {
            run(first, scratch, size);
        }
    }

    /**
     * Computes the masks of 64 scenarios at once, each scenario a set of services failed on their own: bit i of
     * {@code failed[j]} says that the service at position {@code sources[j]} has failed in scenario i. The
     * scratch must be clear; afterwards bit i of a touched position's mask says that it is down in scenario i.
     * Only positions before {@code stop} are computed (a component that starts before it, whole), which is
     * enough for everything that comes before it.
     */
    void propagateScenarios(int[] sources, long[] failed, int count, Scratch scratch, int stop) {
        int first = size;
        for (int i = 0; i < count; i++) {
            if (failed[i] != 0) {
                scratch.knockOut(sources[i], failed[i]);
                first = Math.min(first, sources[i]);
            }
        }
        if (first < size) {
            run(first, scratch, stop);
        }
    }

    private void run(int first, Scratch scratch, int stop) {
        long[] mask = scratch.mask;
        long[] sourceBits = scratch.sourceBits;
        int p = scratch.nextDirty(first);
        for (; p >= 0 && p < stop; ) {
            int end = componentEnd[p];
            if (end - componentFirst[p] == 1) {
                scratch.takeDirty(p);
                long m = sourceBits[p] | evaluate(p, mask, scratch.counter);
                if (m != 0) {
                    mask[p] = m;
                    scratch.touched[scratch.touchedCount++] = p;
                    markDependents(p, p, end, scratch);
                }
            } else {
                fixpoint(componentFirst[p], end, scratch);
            }
            p = scratch.nextDirty(end);
        }
        for (; p >= 0; p = scratch.nextDirty(p + 1)) {
            scratch.takeDirty(p); // left for a later stop: the next pass must find nothing marked
        }
    }

    private void markDependents(int p, int from, int end, Scratch scratch) {
        for (int d = dependentStart[p], stop = dependentStart[p + 1]; d < stop; d++) {
            int q = dependents[d];
            if (q < from || q >= end) {
                scratch.markDirty(q);
            }
        }
    }

    /**
     * The least fixpoint of a cycle, from "only its sources down": sweeps over its marked members in position
     * order until none is marked. Tarjan lists a component's members roughly dependencies first, so one sweep
     * mostly sees a member's dependencies before it, and a change marks only the dependents that must look
     * again; a dependent behind the sweep costs another sweep.
     */
    private void fixpoint(int from, int end, Scratch scratch) {
        long[] mask = scratch.mask;
        int firstTouched = scratch.touchedCount;
        boolean again = true;
        while (again) {
            again = false;
            for (int p = scratch.nextDirty(from); p >= 0 && p < end; p = scratch.nextDirty(p + 1)) {
                scratch.takeDirty(p);
                long next = mask[p] | scratch.sourceBits[p] | evaluate(p, mask, scratch.counter);
                if (next == mask[p]) {
                    continue;
                }
                if (mask[p] == 0) {
                    scratch.touched[scratch.touchedCount++] = p;
                }
                mask[p] = next;
                for (int d = dependentStart[p]; d < dependentStart[p + 1]; d++) {
                    int q = dependents[d];
                    if (q >= from && q < end) {
                        scratch.markDirty(q);
                        again |= q < p;
                    }
                }
            }
        }
        for (int i = firstTouched; i < scratch.touchedCount; i++) {
            markDependents(scratch.touched[i], from, end, scratch);
        }
    }

    /** The sources for which some hard clause of the service at position p is broken. */
    private long evaluate(int p, long[] mask, long[] counter) {
        long down = 0;
        for (int j = orStart[p], end = orStart[p + 1]; j < end; j++) {
            down |= mask[orMembers[j]];
        }
        for (int c = complexStart[p], end = complexStart[p + 1]; c < end; c++) {
            down |= complexBreaksOnlyWhenAllLost[c] ? allLost(c, mask) : atLeastLost(c, mask, counter);
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
