package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.List;

/**
 * The redundant clauses of a graph (hard, breaking only after two or more members are lost) in int arrays,
 * numbered in file order, with the clauses naming each service. Immutable after construction.
 */
final class RedundantClauses {

    private final int[] owner;
    private final int[] clauseIndex;
    private final int[] failures;
    /** Members (service indexes) of clause c: members[memberStart[c]] until members[memberStart[c + 1]]. */
    private final int[] memberStart;
    private final int[] members;
    /** The redundant clauses naming service v: naming[namingStart[v]] until naming[namingStart[v + 1]]. */
    private final int[] namingStart;
    private final int[] naming;
    /** Services a single dependency or allOf names: the only ones whose loss takes down another service. */
    private final int[] sources;

    private RedundantClauses(int[] owner, int[] clauseIndex, int[] failures, int[] memberStart, int[] members,
                             int[] namingStart, int[] naming, int[] sources) {
        this.owner = owner;
        this.clauseIndex = clauseIndex;
        this.failures = failures;
        this.memberStart = memberStart;
        this.members = members;
        this.namingStart = namingStart;
        this.naming = naming;
        this.sources = sources;
    }

    static RedundantClauses of(ScenarioPropagation propagation) {
        Graph graph = propagation.graph();
        List<Service> services = graph.services();
        int n = services.size();
        int count = 0;
        int memberCount = 0;
        boolean[] breaksSomethingAlone = new boolean[n];
        for (Service s : services) {
            for (Clause c : s.dependsOn()) {
                if (c.soft()) {
                    continue;
                }
                if (c.failuresToBreak() >= 2) {
                    count++;
                    memberCount += c.members().size();
                } else {
                    c.members().forEach(m -> breaksSomethingAlone[propagation.indexOf(m)] = true);
                }
            }
        }
        int[] owner = new int[count];
        int[] clauseIndex = new int[count];
        int[] failures = new int[count];
        int[] memberStart = new int[count + 1];
        int[] members = new int[memberCount];
        int[] namingStart = new int[n + 1];
        int c = 0;
        int j = 0;
        for (int v = 0; v < n; v++) {
            List<Clause> clauses = services.get(v).dependsOn();
            for (int i = 0; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                if (clause.soft() || clause.failuresToBreak() < 2) {
                    continue;
                }
                owner[c] = v;
                clauseIndex[c] = i;
                failures[c] = clause.failuresToBreak();
                memberStart[c] = j;
                for (var m : clause.members()) {
                    int u = propagation.indexOf(m);
                    members[j++] = u;
                    namingStart[u + 1]++;
                }
                c++;
            }
        }
        memberStart[count] = j;
        for (int v = 0; v < n; v++) {
            namingStart[v + 1] += namingStart[v];
        }
        int[] naming = new int[memberCount];
        int[] fill = namingStart.clone();
        for (int k = 0; k < count; k++) {
            for (int m = memberStart[k]; m < memberStart[k + 1]; m++) {
                naming[fill[members[m]]++] = k;
            }
        }
        int sourceCount = 0;
        for (boolean b : breaksSomethingAlone) {
            sourceCount += b ? 1 : 0;
        }
        int[] sources = new int[sourceCount];
        for (int v = 0, s = 0; v < n; v++) {
            if (breaksSomethingAlone[v]) {
                sources[s++] = v;
            }
        }
        return new RedundantClauses(owner, clauseIndex, failures, memberStart, members, namingStart, naming,
                sources);
    }

    int count() {
        return owner.length;
    }

    int owner(int c) {
        return owner[c];
    }

    int clauseIndex(int c) {
        return clauseIndex[c];
    }

    int failures(int c) {
        return failures[c];
    }

    int memberStart(int c) {
        return memberStart[c];
    }

    int member(int j) {
        return members[j];
    }

    int namingStart(int v) {
        return namingStart[v];
    }

    int naming(int r) {
        return naming[r];
    }

    /** The services whose loss alone can take down another service, ascending. */
    int[] sources() {
        return sources;
    }

    /** True if service v owns clause c or is one of its members. */
    boolean isInside(int c, int v) {
        if (owner[c] == v) {
            return true;
        }
        for (int j = memberStart[c]; j < memberStart[c + 1]; j++) {
            if (members[j] == v) {
                return true;
            }
        }
        return false;
    }
}
