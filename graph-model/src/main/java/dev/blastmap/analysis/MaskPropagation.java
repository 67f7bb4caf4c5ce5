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

    /** The hard clauses of each position, by position. */
    private final HardClauses clauses;
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

        clauses = new HardClauses(g, service, position);

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
        /** While an added knockout is in force: the positions it changed, with their masks before. */
        private int[] changed = new int[16];
        private long[] before = new long[16];
        private int changedCount;
        private boolean adding;
        private int addedAt;
        private long addedSourceBitsBefore;
        private int touchedBeforeAdding;

        Scratch(int size) {
            mask = new long[size];
            sourceBits = new long[size];
            touched = new int[size];
            dirty = new long[(size + 63) >>> 6];
        }

        /** Makes every mask zero again, ready for the next pass. */
        void clear() {
            if (adding) {
                undoAddedKnockout();
            }
            for (int i = 0; i < touchedCount; i++) {
                mask[touched[i]] = 0;
            }
            touchedCount = 0;
            for (int i = 0; i < sourcesCount; i++) {
                sourceBits[sources[i]] = 0;
            }
            sourcesCount = 0;
        }

        /** Sets a mask that changed, listing p as touched if it was zero and remembering it under an added knockout. */
        private void set(int p, long m) {
            long old = mask[p];
            if (adding) {
                if (changedCount == changed.length) {
                    changed = java.util.Arrays.copyOf(changed, changedCount * 2);
                    before = java.util.Arrays.copyOf(before, changedCount * 2);
                }
                changed[changedCount] = p;
                before[changedCount++] = old;
            }
            if (old == 0) {
                touched[touchedCount++] = p;
            }
            mask[p] = m;
        }

        private void beginAddedKnockout(int p) {
            if (adding) {
                throw new IllegalStateException("one added knockout at a time: undo the last one first");
            }
            adding = true;
            addedAt = p;
            addedSourceBitsBefore = sourceBits[p];
            touchedBeforeAdding = touchedCount;
        }

        /** Restores the masks as they were before {@link MaskPropagation#propagateAlso}. */
        void undoAddedKnockout() {
            if (!adding) {
                return;
            }
            for (int i = changedCount - 1; i >= 0; i--) {
                mask[changed[i]] = before[i];
            }
            changedCount = 0;
            touchedCount = touchedBeforeAdding;
            sourceBits[addedAt] = addedSourceBitsBefore;
            adding = false;
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
     * and a different service in each. The scratch must be clear; afterwards bit i of a touched position's
     * mask says that it is down in scenario i. Only positions before {@code stop} are computed (a component
     * that starts before it, whole), which is enough for everything that comes before it.
     */
    void propagate(int[] positions, long[] knockedOutIn, int count, Scratch scratch, int stop) {
        int first = size;
        for (int i = 0; i < count; i++) {
            if (knockedOutIn[i] != 0) {
                scratch.knockOut(positions[i], knockedOutIn[i]);
                first = Math.min(first, positions[i]);
            }
        }
        if (first < size) {
            run(first, scratch, stop);
        }
    }

    /**
     * Knocks out position p in the scenarios of {@code bits} as well, on top of the masks the scratch holds from
     * the last {@link #propagate} with the same {@code stop}, and recomputes only what that changes: the masks
     * can only grow, and growing them from a smaller fixpoint reaches the larger one. The scratch remembers what
     * changed so that {@link Scratch#undoAddedKnockout()} restores the masks as they were; one added knockout
     * at a time.
     */
    void propagateAlso(int p, long bits, Scratch scratch, int stop) {
        scratch.beginAddedKnockout(p);
        scratch.sourceBits[p] |= bits;
        scratch.markDirty(p);
        run(p, scratch, stop);
    }

    private void run(int first, Scratch scratch, int stop) {
        long[] mask = scratch.mask;
        long[] sourceBits = scratch.sourceBits;
        int p = scratch.nextDirty(first);
        for (; p >= 0 && p < stop; ) {
            int end = componentEnd[p];
            if (end - componentFirst[p] == 1) {
                scratch.takeDirty(p);
                long m = sourceBits[p] | clauses.evaluate(p, mask, scratch.counter);
                if (m != mask[p]) {
                    scratch.set(p, m);
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
     * again; a dependent behind the sweep costs another sweep. Dependents outside the cycle are marked as they
     * go, for the run to reach after it.
     */
    private void fixpoint(int from, int end, Scratch scratch) {
        long[] mask = scratch.mask;
        boolean again = true;
        while (again) {
            again = false;
            for (int p = scratch.nextDirty(from); p >= 0 && p < end; p = scratch.nextDirty(p + 1)) {
                scratch.takeDirty(p);
                long next = mask[p] | scratch.sourceBits[p] | clauses.evaluate(p, mask, scratch.counter);
                if (next == mask[p]) {
                    continue;
                }
                scratch.set(p, next);
                for (int d = dependentStart[p]; d < dependentStart[p + 1]; d++) {
                    int q = dependents[d];
                    scratch.markDirty(q); // inside the cycle for this loop, outside it for the run after
                    again |= q >= from && q < p;
                }
            }
        }
    }
}
