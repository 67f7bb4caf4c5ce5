package dev.blastmap.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.edit.AddService;
import dev.blastmap.edit.ChangeServices;
import dev.blastmap.edit.DeleteServices;
import dev.blastmap.edit.DependencyEdits;
import dev.blastmap.edit.DuplicateServices;
import dev.blastmap.edit.Edit;
import dev.blastmap.edit.RenameService;
import dev.blastmap.edit.ServiceIds;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of edits and knockouts through the real {@link HistoryModel}: undoing them all shows the
 * graph opened (the same value) with nothing knocked out, and redoing them all shows the last graph and
 * knocked-out set again.
 */
class HistoryUndoProperties {

    /** One random action: which kind, and two numbers that pick its services and clauses. */
    record Action(int kind, int a, int b) {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> one = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50)).as(Action::new);
        return one.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 200)
    void undoingEverythingShowsTheOriginalAndRedoingEverythingTheEdited(@ForAll("actions") List<Action> actions) {
        Graph original = Fixtures.shop();
        SimpleObjectProperty<GraphDocument> document =
                new SimpleObjectProperty<>(new GraphDocument(original, "Shop", null, List.of()));
        HistoryModel history = new HistoryModel(document, g -> document.set(document.get().withGraph(g)));
        int recorded = 0;
        for (Action action : actions) {
            Graph graph = document.get().graph();
            Set<ServiceId> out = history.current().knockedOut();
            Optional<Revision> next = revision(action, graph, out);
            if (next.isPresent()) {
                history.record(next.get());
                recorded++;
            }
        }
        Revision last = history.current();
        assertThat(document.get().graph()).isSameAs(last.graph());
        int undone = 0;
        while (history.canUndoProperty().get()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isLessThanOrEqualTo(recorded);
        assertThat(document.get().graph()).isSameAs(original);
        assertThat(history.current().knockedOut()).isEmpty();
        while (history.canRedoProperty().get()) {
            history.redo();
        }
        assertThat(document.get().graph()).isEqualTo(last.graph());
        assertThat(history.current().knockedOut()).isEqualTo(last.knockedOut());
    }

    /** The revision an action leads to, or empty when it does not fit the graph (as the app refuses it). */
    private static Optional<Revision> revision(Action action, Graph graph, Set<ServiceId> out) {
        List<ServiceId> ids = graph.services().stream().map(Service::id).toList();
        if (ids.isEmpty()) {
            return edit(new AddService(Service.of("fresh")), graph, out);
        }
        ServiceId x = ids.get(action.a() % ids.size());
        ServiceId y = ids.get(action.b() % ids.size());
        try {
            return switch (action.kind()) {
                case 0 -> edit(new AddService(Service.builder(ServiceIds.fresh(graph, "s").value())
                        .dependsOn(x.value()).build()), graph, out);
                case 1 -> edit(new DeleteServices(Set.of(x)), graph, out);
                case 2 -> edit(new RenameService(x, ServiceIds.fresh(graph, x.value()), "renamed"), graph, out);
                case 3 -> edit(new DuplicateServices(List.of(x, y)), graph, out);
                case 4 -> edit(DependencyEdits.add(graph, x, y), graph, out);
                case 5 -> edit(DependencyEdits.split(graph, x, action.b() % Math.max(1, graph.require(x).dependsOn().size())), graph, out);
                case 6 -> edit(DependencyEdits.merge(graph, x, 0, 1), graph, out);
                case 7 -> edit(ChangeServices.of("Change Weight", graph.require(x).toBuilder().weight(action.b()).build()),
                        graph, out);
                default -> {
                    Set<ServiceId> next = new LinkedHashSet<>(out);
                    if (!next.remove(x)) {
                        next.add(x);
                    }
                    yield Optional.of(new Revision(graph, next, "Knock Out " + x));
                }
            };
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    private static Optional<Revision> edit(Edit edit, Graph graph, Set<ServiceId> out) {
        Graph after = edit.apply(graph);
        Set<ServiceId> kept = new LinkedHashSet<>();
        out.forEach(id -> edit.follow(id).filter(after::contains).ifPresent(kept::add));
        return Optional.of(new Revision(after, kept, edit.name()));
    }
}
