package dev.blastmap.io.json;

import com.google.gson.stream.JsonToken;
import dev.blastmap.io.json.JsonCursor.Located;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads one {@code dependsOn} entry in any of its forms; see docs/format.md. */
final class ClauseDecoder {

    /** The fields a clause object may have. */
    static final List<String> FIELDS = List.of("on", "anyOf", "allOf", "atLeast", "of", "soft", "delay", "note");

    private final JsonCursor cursor;
    private final ProblemList problems;

    ClauseDecoder(JsonCursor cursor, ProblemList problems) {
        this.cursor = cursor;
        this.problems = problems;
    }

    /** The fields of one clause object as read; a field given with a wrong value is present but null. */
    private static final class Fields {
        final Set<String> present = new HashSet<>();
        Located<ServiceId> on;
        List<Located<ServiceId>> list;
        String listName;
        Located<BigDecimal> atLeast;
        boolean soft;
        Duration delay = Duration.ZERO;
        String note = "";
    }

    /**
     * Reads the next entry. Every service it names is added to {@code references},
     * even when the clause is not valid, so that unknown services are reported along with its other problems.
     *
     * @return the clause, or null if it is not valid (the problems are recorded)
     */
    ClauseDraft clause(List<Located<ServiceId>> references) throws IOException {
        if (cursor.peek() == JsonToken.STRING) {
            Located<ServiceId> member = cursor.serviceId("a dependency");
            if (member == null) {
                return null;
            }
            references.add(member);
            return new ClauseDraft(List.of(member), 1, false, Duration.ZERO, "");
        }
        Position at = cursor.position();
        int errorsBefore = problems.errorCount();
        Fields f = new Fields();
        boolean isObject = cursor.object("a dependency (a service id or an object)", FIELDS, name -> {
            switch (name) {
                case "on" -> {
                    f.on = cursor.serviceId("\"on\"");
                    if (f.on != null) {
                        references.add(f.on);
                    }
                }
                case "anyOf", "allOf", "of" -> {
                    f.list = members(name);
                    references.addAll(f.list);
                    f.listName = name;
                }
                case "atLeast" -> f.atLeast = cursor.number("\"atLeast\"");
                case "soft" -> f.soft = Boolean.TRUE.equals(cursor.bool("\"soft\""));
                case "delay" -> f.delay = delay();
                case "note" -> f.note = orEmpty(cursor.string("\"note\""));
                default -> {
                    return false;
                }
            }
            f.present.add(name);
            return true;
        });
        if (!isObject || !checkForm(f, at) || problems.errorCount() > errorsBefore) {
            return null;
        }
        return switch (f.listName == null ? "on" : f.listName) {
            case "on" -> new ClauseDraft(List.of(f.on), 1, f.soft, f.delay, f.note);
            case "anyOf" -> new ClauseDraft(f.list, 1, f.soft, f.delay, f.note);
            case "allOf" -> new ClauseDraft(f.list, f.list.size(), f.soft, f.delay, f.note);
            default -> {
                Integer need = need(f);
                yield need == null ? null : new ClauseDraft(f.list, need, f.soft, f.delay, f.note);
            }
        };
    }

    /** Checks that exactly one form is used; reports and returns false otherwise. */
    private boolean checkForm(Fields f, Position at) {
        List<String> forms = new ArrayList<>();
        for (String form : List.of("on", "anyOf", "allOf", "atLeast")) {
            if (f.present.contains(form)) {
                forms.add(form);
            }
        }
        if (f.present.contains("of") && !f.present.contains("atLeast")) {
            problems.error(at, "\"of\" needs \"atLeast\": write {\"atLeast\": k, \"of\": [...]}");
            return false;
        }
        if (forms.size() == 1 && forms.get(0).equals("atLeast") && !f.present.contains("of")) {
            problems.error(at, "\"atLeast\" needs \"of\": write {\"atLeast\": k, \"of\": [...]}");
            return false;
        }
        if (forms.size() != 1) {
            problems.error(at, "a dependency needs exactly one of \"on\", \"anyOf\", \"allOf\" or \"atLeast\"+\"of\""
                    + (forms.isEmpty() ? "" : "; this one has " + String.join(", ", forms)));
            return false;
        }
        return true;
    }

    /** The k of an atLeast clause if it is a whole number from 1 to the number of members; else reports. */
    private Integer need(Fields f) {
        int members = f.list.size();
        BigDecimal k = f.atLeast.value();
        boolean whole = k.signum() == 0 || k.stripTrailingZeros().scale() <= 0;
        if (whole && k.compareTo(BigDecimal.ONE) >= 0 && k.compareTo(BigDecimal.valueOf(members)) <= 0) {
            return k.intValueExact();
        }
        problems.error(f.atLeast.at(), "\"atLeast\": " + k.toPlainString() + " of " + members + " service"
                + (members == 1 ? "" : "s") + " is impossible; it must be a whole number from 1 to " + members);
        return null;
    }

    private List<Located<ServiceId>> members(String name) throws IOException {
        Position at = cursor.position();
        int errorsBefore = problems.errorCount();
        List<Located<ServiceId>> members = cursor.serviceIds("\"" + name + "\"");
        Set<ServiceId> seen = new HashSet<>();
        for (Located<ServiceId> m : members) {
            if (!seen.add(m.value())) {
                problems.error(m.at(), "\"" + m.value() + "\" is listed twice");
            }
        }
        if (members.isEmpty() && problems.errorCount() == errorsBefore) {
            problems.error(at, "\"" + name + "\" must list at least one service");
        }
        return members;
    }

    private Duration delay() throws IOException {
        Position at = cursor.position();
        String text = cursor.string("\"delay\"");
        if (text == null) {
            return Duration.ZERO;
        }
        try {
            Duration delay = Duration.parse(text);
            if (delay.isNegative()) {
                problems.error(at, "\"delay\" must not be negative, found \"" + text + "\"");
                return Duration.ZERO;
            }
            return delay;
        } catch (DateTimeParseException e) {
            problems.error(at, "\"delay\" must be an ISO-8601 duration such as \"PT30S\", \"PT5M\" or \"PT1H30M\", found \""
                    + text + "\"");
            return Duration.ZERO;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
