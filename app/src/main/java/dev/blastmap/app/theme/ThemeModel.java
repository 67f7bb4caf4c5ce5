package dev.blastmap.app.theme;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Light or dark: the dark variant is for projectors. The choice is kept in preferences across runs. */
public final class ThemeModel {

    private static final String KEY = "theme.dark";

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** A model that keeps the choice in {@code node}. */
    public ThemeModel(Preferences node) {
        dark.set(node.getBoolean(KEY, false));
        dark.addListener((obs, was, now) -> node.putBoolean(KEY, now));
    }

    /** True for the dark theme. */
    public BooleanProperty darkProperty() {
        return dark;
    }
}
