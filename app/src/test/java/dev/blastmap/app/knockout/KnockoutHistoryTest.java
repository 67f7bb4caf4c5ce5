package dev.blastmap.app.knockout;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KnockoutHistoryTest {

    @Test
    void startsWithNothingKnockedOutAndNothingToUndo() {
        KnockoutHistory h = KnockoutHistory.start();
        assertThat(h.current()).isEmpty();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void undoAndRedoMoveBetweenRecordedSets() {
        KnockoutHistory h = KnockoutHistory.start().record(Set.of(id("a"))).record(Set.of(id("a"), id("b")));
        assertThat(h.undo().current()).containsExactly(id("a"));
        assertThat(h.undo().undo().current()).isEmpty();
        assertThat(h.undo().undo().redo().redo().current()).containsExactlyInAnyOrder(id("a"), id("b"));
    }

    @Test
    void recordingAfterUndoDropsWhatCouldBeRedone() {
        KnockoutHistory h = KnockoutHistory.start().record(Set.of(id("a"))).undo().record(Set.of(id("c")));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.undo().current()).isEmpty();
    }

    @Test
    void recordingTheCurrentSetAgainChangesNothing() {
        KnockoutHistory h = KnockoutHistory.start().record(Set.of(id("a")));
        assertThat(h.record(Set.of(id("a")))).isSameAs(h);
    }

    @Test
    void historiesAreValuesThatCommandsDoNotChange() {
        KnockoutHistory h = KnockoutHistory.start().record(Set.of(id("a")));
        h.undo();
        assertThat(h.current()).containsExactly(id("a"));
    }

    @Test
    void undoAtTheStartStaysAtTheStart() {
        KnockoutHistory h = KnockoutHistory.start();
        assertThat(h.undo()).isSameAs(h);
        assertThat(h.redo()).isSameAs(h);
    }
}
