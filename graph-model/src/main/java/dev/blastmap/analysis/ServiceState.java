package dev.blastmap.analysis;

/** The state of one service after a knockout. */
public enum ServiceState {
    /** Knocked out on purpose: a member of the knocked-out set K. */
    KNOCKED_OUT,
    /** Down because a hard clause lost too many members. */
    DOWN,
    /** Up, but a member of one of its clauses (hard or soft) is down. */
    DEGRADED,
    /** Up, and everything it depends on is up. */
    HEALTHY
}
