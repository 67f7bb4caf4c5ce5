package dev.blastmap.io.json;

import com.google.gson.stream.JsonToken;
import dev.blastmap.io.ProblemList;
import dev.blastmap.io.json.JsonCursor.Located;
import dev.blastmap.io.json.References.Field;
import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one {@code dependsOn} entry in any of its forms; see docs/format.md. */
final class ClauseDecoder {

    /** The fields a clause object may have. */
    static final List<String> FIELDS = List.of("on", "anyOf", "allOf", "atLeast", "of", "soft", "delay", "note");

    /** The fields that each make a form of clause, of which exactly one is given (atLeast with of). */
    private static final List<String> FORMS = List.of("on", "anyOf", "allOf", "atLeast");

    private final JsonCursor cursor;
    private final ProblemList problems;
    private final IdTable ids;
    private final References references;
    private final SharedText shared;
    /** Delays as written, parsed once: a file repeats a few delays on many clauses. */
    private final Map<String, Duration> delays = new HashMap<>();
    /** The number of the last list of members read, for {@link IdTable#firstInList}. */
    private int lists;

    ClauseDecoder(JsonCursor cursor, ProblemList problems, IdTable ids, References references, SharedText shared) {
        this.cursor = cursor;
        this.problems = problems;
        this.ids = ids;
        this.references = references;
        this.shared = shared;
    }

    /** The fields of one clause object as read; a field given with a wrong value is present but null. */
    private static final class Fields {
        /** Which of {@link #FIELDS} are given, one bit each. */
        int present;
        /** The id number "on" names, or -1. */
        int on = -1;
        List<ServiceId> list;
        String listName;
        Located<BigDecimal> atLeast;
        boolean soft;
        Duration delay = Duration.ZERO;
        String note = "";

        boolean has(String field) {
            return (present & (1 << FIELDS.indexOf(field))) != 0;
        }
    }

    /**
     * Reads the next entry. Every service it names is added to the {@link References}, even when the clause is
     * not valid, so that unknown services are reported along with its other problems.
     *
     * @param service the service's index in {@code services}, for the paths of problems
     * @param index   the entry's index in {@code dependsOn}
     * @return the clause, or null if it is not valid (the problems are recorded)
     */
    Clause clause(int service, int index) throws IOException {
        if (cursor.peek() == JsonToken.STRING) {
            references.startSite(service, index, Field.BARE);
            int member = member("a dependency", 0);
            return member < 0 ? null : ids.plainClause(member);
        }
        long at = cursor.mark();
        int errorsBefore = problems.errorCount();
        Fields f = new Fields();
        boolean isObject = cursor.object("a dependency (a service id or an object)", FIELDS, name -> {
            switch (name) {
                case "on" -> {
                    references.startSite(service, index, Field.ON);
                    f.on = member("\"on\"", 0);
                }
                case "anyOf", "allOf", "of" -> {
                    references.startSite(service, index, Field.named(name));
                    f.list = members(name);
                    f.listName = name;
                }
                case "atLeast" -> f.atLeast = cursor.number("\"atLeast\"");
                case "soft" -> f.soft = Boolean.TRUE.equals(cursor.bool("\"soft\""));
                case "delay" -> f.delay = delay();
                case "note" -> f.note = orEmpty(shared.of(cursor.string("\"note\"")));
                default -> {
                    return false;
                }
            }
            f.present |= 1 << FIELDS.indexOf(name);
            return true;
        });
        if (!isObject || !checkForm(f, at) || problems.errorCount() > errorsBefore) {
            return null;
        }
        return switch (f.listName == null ? "on" : f.listName) {
            case "on" -> f.soft || !f.delay.isZero() || !f.note.isEmpty()
                    ? new Clause(List.of(ids.id(f.on)), 1, f.soft, f.delay, f.note) : ids.plainClause(f.on);
            case "anyOf" -> new Clause(f.list, 1, f.soft, f.delay, f.note);
            case "allOf" -> new Clause(f.list, f.list.size(), f.soft, f.delay, f.note);
            default -> {
                Integer need = need(f);
                yield need == null ? null : new Clause(f.list, need, f.soft, f.delay, f.note);
            }
        };
    }

    /** Checks that exactly one form is used; reports and returns false otherwise. */
    private boolean checkForm(Fields f, long at) {
        List<String> forms = new ArrayList<>(1);
        for (String form : FORMS) {
            if (f.has(form)) {
                forms.add(form);
            }
        }
        String problem = null;
        if (f.has("of") && !f.has("atLeast")) {
            problem = "\"of\" needs \"atLeast\": write {\"atLeast\": k, \"of\": [...]}";
        } else if (forms.size() == 1 && forms.get(0).equals("atLeast") && !f.has("of")) {
            problem = "\"atLeast\" needs \"of\": write {\"atLeast\": k, \"of\": [...]}";
        } else if (forms.size() != 1) {
            problem = "a dependency needs exactly one of \"on\", \"anyOf\", \"allOf\" or \"atLeast\"+\"of\""
                    + (forms.isEmpty() ? "" : "; this one has " + String.join(", ", forms));
        }
        if (problem != null) {
            problems.error(cursor.readAt(at), problem);
        }
        return problem == null;
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

    /**
     * Reads one service a clause names and records the mention, or reports a value that is not an id.
     *
     * @return the id's number, or -1 if the value is not an id
     */
    private int member(String what, int element) throws IOException {
        long mark = cursor.mark();
        String text = cursor.serviceIdText(what, mark);
        if (text == null) {
            return -1;
        }
        int number = ids.intern(text);
        references.add(number, mark, element);
        return number;
    }

    /** Reads a list of members, reporting entries that are not ids and members listed twice. */
    private List<ServiceId> members(String name) throws IOException {
        long at = cursor.mark();
        int errorsBefore = problems.errorCount();
        int list = ++lists;
        List<ServiceId> members = new ArrayList<>();
        cursor.array("\"" + name + "\"", element -> {
            long mark = cursor.mark();
            int member = member("each entry of \"" + name + "\"", element);
            if (member < 0) {
                return;
            }
            if (ids.firstInList(member, list)) {
                members.add(ids.id(member));
            } else {
                problems.error(cursor.readAt(mark), "\"" + ids.id(member) + "\" is listed twice");
            }
        });
        if (members.isEmpty() && problems.errorCount() == errorsBefore) {
            problems.error(cursor.readAt(at), "\"" + name + "\" must list at least one service");
        }
        return members;
    }

    private Duration delay() throws IOException {
        long at = cursor.mark();
        String text = cursor.string("\"delay\"");
        if (text == null) {
            return Duration.ZERO;
        }
        Duration known = delays.get(text);
        if (known != null) {
            return known;
        }
        try {
            Duration delay = Duration.parse(text);
            if (delay.isNegative()) {
                problems.error(cursor.readAt(at), "\"delay\" must not be negative, found \"" + text + "\"");
                return Duration.ZERO;
            }
            delays.put(text, delay);
            return delay;
        } catch (DateTimeParseException e) {
            problems.error(cursor.readAt(at), "\"delay\" must be an ISO-8601 duration such as \"PT30S\", \"PT5M\" or"
                    + " \"PT1H30M\", found \"" + text + "\"");
            return Duration.ZERO;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
