package dev.blastmap.report;

import dev.blastmap.analysis.BlastRadiusBound;
import dev.blastmap.analysis.Selector;
import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the human-readable formats write numbers, durations and moments, so HTML, PDF, Markdown and CSV agree.
 * Locale-independent: a report made in Germany reads the same as one made in the United States.
 */
final class Figures {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private Figures() {
    }

    /** A weight or weighted impact: no decimals when whole, otherwise at most two. */
    static String weight(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A simulated time since the knockout, {@code +0}, {@code +5m}, {@code +1h 30m}, {@code +2d 4h}. */
    static String elapsed(Duration time) {
        if (time.isZero()) {
            return "+0";
        }
        StringBuilder sb = new StringBuilder("+");
        append(sb, time.toDaysPart(), "d");
        append(sb, time.toHoursPart(), "h");
        append(sb, time.toMinutesPart(), "m");
        append(sb, time.toSecondsPart(), "s");
        if (sb.length() == 1) {
            sb.append(time.toMillis()).append("ms");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, long amount, String unit) {
        if (amount > 0) {
            sb.append(sb.length() > 1 ? " " : "").append(amount).append(unit);
        }
    }

    /** A moment with its offset, {@code 2025-10-20 06:48 +00:00}; empty for null. */
    static String moment(OffsetDateTime time) {
        return time == null ? "" : MOMENT.format(time);
    }

    /** {@code 1 service}, {@code 3 services}. */
    /** The upper bound beside the exact radius, in one plain sentence that needs no escaping. */
    static String reach(BlastRadiusBound reach) {
        String sentence = "Could ever be affected, if no redundancy held: " + count(reach.couldBeAffected(), "service")
                + " (everything that depends on what was knocked out, directly or through others).";
        return reach.spared() == 0 ? sentence + " Nothing was spared."
                : sentence + " Redundancy and soft dependencies spared " + count(reach.spared(), "service") + ".";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * What a dependency clause asks for, in words: {@code needs orders-db}, {@code needs 1 of a, b},
     * {@code needs all of a, b}, {@code needs 2 of a, b, c}, with {@code , after 10m} when it has a delay.
     */
    static String clause(Clause clause) {
        List<String> ids = clause.members().stream().map(ServiceId::value).toList();
        String what;
        if (clause.isSingle()) {
            what = "needs " + ids.get(0);
        } else if (clause.need() == ids.size()) {
            what = "needs all of " + String.join(", ", ids);
        } else {
            what = "needs " + clause.need() + " of " + String.join(", ", ids);
        }
        if (!clause.delay().isZero()) {
            what += ", after " + elapsed(clause.delay()).substring(1);
        }
        return what;
    }

    /** Why a down service went down, in words: {@code knocked out}, or the clause it broke and its note. */
    static String rule(ServiceOutcome outcome) {
        if (outcome.failure().knockedOut()) {
            return "knocked out";
        }
        Clause broken = outcome.service().dependsOn().get(outcome.failure().clause());
        String text = clause(broken);
        return broken.note().isBlank() ? text : text + " (" + broken.note() + ")";
    }

    /** Which step a scenario report details, in words: {@code At the peak of the scenario, step 2: Title.} */
    static String peak(ScenarioOutcome outcome) {
        StepOutcome peak = outcome.steps().get(outcome.peak() - 1);
        String title = peak.step().title().isBlank() ? "" : ": " + peak.step().title().strip();
        return "At the peak of the scenario, step " + peak.number() + title + ".";
    }

    /**
     * Up to {@code limit} labels, then how many more: {@code none}, {@code Checkout, Storefront},
     * {@code 22: Alexa, Coinbase, ... and 16 more}. Not escaped.
     */
    static String someNames(Report report, List<ServiceId> ids, int limit) {
        if (ids.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", ids.stream().limit(limit).map(report::label).toList());
        return ids.size() <= limit ? shown : ids.size() + ": " + shown + " and " + (ids.size() - limit) + " more";
    }

    /**
     * What was knocked out, as the user asked for it, with the label of a service named by id:
     * {@code region:us-east-1}, {@code Payment provider (payments)}.
     */
    static String asGiven(Report report, String given) {
        Selector selector = Selector.parse(given);
        if (selector.field() != Selector.Field.ID) {
            return given;
        }
        String label = report.label(ServiceId.of(given));
        return label.equals(given) ? given : label + " (" + given + ")";
    }
}
