package dev.blastmap.app.history;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private final Graph shop = Fixtures.shop();
    private final Graph edited = shop.withService(Service.of("queue"));

    @Test
    void aNewHistoryHasNothingToUndoOrRedo() {
        UndoHistory h = UndoHistory.start(shop);
        assertThat(h.canUndo()).isFalse();
        assertThat(h.canRedo()).isFalse();
        assertThat(h.current().graph()).isSameAs(shop);
        assertThat(h.undoAction()).isEmpty();
    }

    @Test
    void editsAndKnockoutsUndoInOneLineNamedAfterTheirActions() {
        UndoHistory h = UndoHistory.start(shop)
                .record(new Revision(shop, Set.of(id("db")), "Knock Out Database"))
                .record(new Revision(edited, Set.of(id("db")), "Add queue"));
        assertThat(h.undoAction()).contains("Add queue");
        h = h.undo();
        assertThat(h.current().graph()).isSameAs(shop);
        assertThat(h.current().knockedOut()).containsExactly(id("db"));
        assertThat(h.undoAction()).contains("Knock Out Database");
        assertThat(h.redoAction()).contains("Add queue");
        assertThat(h.undo().current().knockedOut()).isEmpty();
        assertThat(h.redo().current().graph()).isSameAs(edited);
    }

    @Test
    void recordingAfterUndoDropsWhatCouldBeRedone() {
        UndoHistory h = UndoHistory.start(shop).record(new Revision(edited, Set.of(), "Add queue")).undo()
                .record(new Revision(shop, Set.of(id("dns")), "Knock Out DNS"));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.undo().current().graph()).isSameAs(shop);
    }

    @Test
    void recordingTheStateShownChangesNothing() {
        UndoHistory h = UndoHistory.start(shop);
        assertThat(h.record(new Revision(shop, Set.of(), "Reset Knockouts"))).isSameAs(h);
    }

    @Test
    void onlyTheLastFiveHundredActionsAreKept() {
        UndoHistory h = UndoHistory.start(shop);
        for (int i = 0; i < UndoHistory.LIMIT + 20; i++) {
            h = h.record(new Revision(shop, Set.of(id(i % 2 == 0 ? "db" : "dns")), "Knock Out"));
        }
        int undone = 0;
        while (h.canUndo()) {
            h = h.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(UndoHistory.LIMIT);
    }
}
