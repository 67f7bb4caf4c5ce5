package dev.blastmap.app.player;

import dev.blastmap.model.Scenario;
import dev.blastmap.model.Step;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What the caption shows for one step, as text ready for labels.
 *
 * @param position  "Step 3 of 15"; empty before the first step
 * @param clock     the step's time of day, "2:25 AM"; empty when the step has no time
 * @param date      its date and offset, "Mon 20 Oct 2025 · UTC−07:00"; empty when the step has no time
 * @param elapsed   time since the scenario's first timed step, "T+2 h 37 min"; empty at or before it
 * @param title     the step's title
 * @param narration the step's narration
 */
public record Caption(String position, String clock, String date, String elapsed, String title, String narration) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** Refuses nulls. */
    public Caption {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(narration, "narration");
    }

    /** The caption before a walkthrough starts: its title and description. */
    public static Caption intro(Scenario scenario) {
        String hint = scenario.steps().isEmpty() ? "This walkthrough has no steps." : "Press → to start.";
        String text = scenario.description().isBlank() ? hint : scenario.description() + "  " + hint;
        return new Caption("", "", "", "", scenario.title(), text);
    }

    /** Nothing to show: no scenario is picked. */
    public static Caption none() {
        return new Caption("", "", "", "", "", "");
    }

    /** The caption of step {@code index} of {@code scenario}. */
    public static Caption of(Scenario scenario, int index) {
        Step step = scenario.steps().get(index);
        String position = "Step " + (index + 1) + " of " + scenario.steps().size();
        OffsetDateTime time = step.time();
        if (time == null) {
            return new Caption(position, "", "", "", step.title(), step.narration());
        }
        OffsetDateTime first = scenario.steps().stream().map(Step::time).filter(Objects::nonNull).findFirst().orElse(time);
        return new Caption(position, CLOCK.format(time), DATE.format(time) + " · " + offset(time.getOffset()),
                elapsed(Duration.between(first, time)), step.title(), step.narration());
    }

    /** "UTC", "UTC−07:00", "UTC+05:30": the offset as people read it, with a real minus sign. */
    static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId().replace('-', '−');
    }

    /** "T+2 h 37 min", "T+45 min", "T+3 days 4 h"; empty for zero or negative. */
    static String elapsed(Duration d) {
        if (d.isNegative() || d.isZero()) {
            return "";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        // "T+", as the spread's own clock on the timeline bar writes it ("T+31 min"): one way to write elapsed time.
        StringBuilder text = new StringBuilder("T+");
        if (days > 0) {
            text.append(days).append(days == 1 ? " day" : " days");
            if (hours > 0) {
                text.append(' ').append(hours).append(" h");
            }
            return text.toString();
        }
        if (hours > 0) {
            text.append(hours).append(" h");
            if (minutes > 0) {
                text.append(' ');
            }
        }
        if (minutes > 0 || hours == 0) {
            text.append(minutes).append(" min");
        }
        return text.toString();
    }
}
