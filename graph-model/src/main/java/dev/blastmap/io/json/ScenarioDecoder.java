package dev.blastmap.io.json;

import dev.blastmap.io.ProblemList;
import dev.blastmap.io.json.JsonCursor.Located;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads the {@code scenarios} of a document and checks their ids and the services they name. */
final class ScenarioDecoder {

    /** The fields a scenario may have. */
    static final List<String> SCENARIO_FIELDS = List.of("id", "title", "description", "steps");

    /** The fields a step may have. */
    static final List<String> STEP_FIELDS = List.of("time", "title", "narration", "knockOut", "restore", "frame");

    private final JsonCursor cursor;
    private final ProblemList problems;
    private final List<ScenarioDraft> drafts = new ArrayList<>();

    ScenarioDecoder(JsonCursor cursor, ProblemList problems) {
        this.cursor = cursor;
        this.problems = problems;
    }

    private static final class ScenarioDraft {
        Located<String> id;
        boolean idGiven;
        String title;
        String description;
        final List<StepDraft> steps = new ArrayList<>();
    }

    private static final class StepDraft {
        OffsetDateTime time;
        String title;
        String narration;
        List<Located<ServiceId>> knockOut = List.of();
        List<Located<ServiceId>> restore = List.of();
        List<Located<ServiceId>> frame = List.of();

        Step toStep() {
            return new Step(time, title, narration, ids(knockOut), ids(restore), ids(frame));
        }

        private static List<ServiceId> ids(List<Located<ServiceId>> located) {
            return located.stream().map(Located::value).toList();
        }
    }

    /** Reads the {@code scenarios} array. */
    void scenarios() throws IOException {
        cursor.array("\"scenarios\"", i -> {
            Position at = cursor.position();
            ScenarioDraft draft = new ScenarioDraft();
            boolean isObject = cursor.object("a scenario", SCENARIO_FIELDS, name -> {
                switch (name) {
                    case "id" -> {
                        draft.idGiven = true;
                        Position fieldAt = cursor.position();
                        String id = cursor.string("\"id\"");
                        if (id != null && id.isBlank()) {
                            problems.error(fieldAt, "a scenario id must not be empty");
                        } else if (id != null) {
                            draft.id = new Located<>(id, fieldAt);
                        }
                    }
                    case "title" -> draft.title = cursor.string("\"title\"");
                    case "description" -> draft.description = cursor.string("\"description\"");
                    case "steps" -> cursor.array("\"steps\"", j -> step(draft));
                    default -> {
                        return false;
                    }
                }
                return true;
            });
            if (isObject) {
                if (!draft.idGiven) {
                    problems.error(at, "a scenario needs an \"id\"");
                }
                drafts.add(draft);
            }
        });
    }

    private void step(ScenarioDraft scenario) throws IOException {
        StepDraft step = new StepDraft();
        boolean isObject = cursor.object("a step", STEP_FIELDS, name -> {
            switch (name) {
                case "time" -> step.time = time();
                case "title" -> step.title = cursor.string("\"title\"");
                case "narration" -> step.narration = cursor.string("\"narration\"");
                case "knockOut" -> step.knockOut = cursor.serviceIds("\"knockOut\"");
                case "restore" -> step.restore = cursor.serviceIds("\"restore\"");
                case "frame" -> step.frame = cursor.serviceIds("\"frame\"");
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (isObject) {
            scenario.steps.add(step);
        }
    }

    private OffsetDateTime time() throws IOException {
        Position at = cursor.position();
        String text = cursor.string("\"time\"");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.error(at, "\"time\" must be an ISO-8601 date and time with an offset, such as "
                    + "\"2025-10-19T23:48:00-07:00\" or \"2025-10-20T06:48:00Z\", found \"" + text + "\"");
            return null;
        }
    }

    /** Reports repeated scenario ids and services that do not exist. */
    void checkReferences(Predicate<ServiceId> exists) {
        Map<String, Position> seen = new HashMap<>();
        for (ScenarioDraft draft : drafts) {
            if (draft.id != null) {
                Position first = seen.putIfAbsent(draft.id.value(), draft.id.at());
                if (first != null) {
                    problems.error(draft.id.at(), "the scenario id \"" + draft.id.value()
                            + "\" is already used at line " + first.line());
                }
            }
            for (StepDraft step : draft.steps) {
                for (List<Located<ServiceId>> ids : List.of(step.knockOut, step.restore, step.frame)) {
                    for (Located<ServiceId> id : ids) {
                        if (!exists.test(id.value())) {
                            problems.error(id.at(), "unknown service \"" + id.value() + "\"");
                        }
                    }
                }
            }
        }
    }

    /** The scenarios of the model; only called once every problem has been ruled out. */
    List<Scenario> scenariosRead() {
        return drafts.stream().map(d -> new Scenario(d.id.value(), d.title, d.description,
                d.steps.stream().map(StepDraft::toStep).toList())).toList();
    }
}
