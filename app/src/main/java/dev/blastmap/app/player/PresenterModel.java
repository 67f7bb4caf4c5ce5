package dev.blastmap.app.player;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Whether the window is in presenter mode: full screen, chrome hidden, captions large. */
public final class PresenterModel {

    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");

    /** True in presenter mode. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** True in presenter mode. */
    public boolean isPresenting() {
        return presenting.get();
    }

    /** Enters presenter mode. */
    public void enter() {
        presenting.set(true);
    }

    /** Leaves presenter mode. */
    public void leave() {
        presenting.set(false);
    }

    /** Enters presenter mode, or leaves it. */
    public void toggle() {
        presenting.set(!presenting.get());
    }
}
