package dev.blastmap.analysis;

/**
 * The hard clauses of a compiled graph, by position in {@link DependencyOrder}, laid out for evaluating 64
 * scenarios at once (see {@link MaskPropagation}): the members of every clause that one lost member breaks
 * (a single dependency or allOf) in one run per position, and the other clauses (anyOf, atLeast) with their
 * thresholds. Soft clauses are left out: they never take a service down. Immutable.
 */
final class HardClauses {

    /** Members (as positions) of all hard clauses that one lost member breaks: orStart[p] until orStart[p + 1]. */
    private final int[] orStart;
    private final int[] orMembers;
    /** The other hard clauses of each position: complexStart[p] until complexStart[p + 1]. */
    private final int[] complexStart;
    private final int[] complexFailures;
    private final boolean[] complexBreaksOnlyWhenAllLost;
    private final int[] complexMemberStart;
    private final int[] complexMembers;

    /** The hard clauses of every service of {@code g}, at the positions {@code position} gives them. */
    HardClauses(CompiledGraph g, int[] service, int[] position) {
        int size = service.length;
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
    }

    /**
     * The scenarios (bits) in which some hard clause of the service at position p is broken, given every
     * position's mask; {@code counter} is working memory of 33 longs.
     */
    long evaluate(int p, long[] mask, long[] counter) {
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
