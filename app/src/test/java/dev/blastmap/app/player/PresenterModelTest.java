package dev.blastmap.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenterModelTest {

    @Test
    void togglingEntersAndLeavesPresenterMode() {
        PresenterModel presenter = new PresenterModel();
        assertThat(presenter.isPresenting()).isFalse();
        presenter.toggle();
        assertThat(presenter.isPresenting()).isTrue();
        presenter.leave();
        assertThat(presenter.isPresenting()).isFalse();
        presenter.enter();
        presenter.toggle();
        assertThat(presenter.isPresenting()).isFalse();
    }
}
