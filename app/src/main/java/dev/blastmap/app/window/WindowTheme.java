package dev.blastmap.app.window;

import dev.blastmap.app.theme.ThemeModel;
import java.util.function.Consumer;
import javafx.scene.Scene;

/**
 * The look of the window: Blastmap's stylesheet on top of AtlantaFX's Primer theme, light or dark as
 * {@link ThemeModel} says, and a {@code dark} or {@code light} style class on the root for our own rules.
 */
final class WindowTheme {

    private WindowTheme() {
    }

    /** Styles {@code scene} now and whenever the theme changes; {@code also} hears each change (the canvas). */
    static void install(Scene scene, ThemeModel theme, Consumer<Boolean> also) {
        scene.getStylesheets().add(WindowTheme.class.getResource("/dev/blastmap/app/blastmap.css").toExternalForm());
        theme.darkProperty().addListener((obs, was, now) -> apply(scene, now, also));
        apply(scene, theme.darkProperty().get(), also);
    }

    private static void apply(Scene scene, boolean dark, Consumer<Boolean> also) {
        // The binary form of the theme's stylesheet: JavaFX loads it without parsing 170 KB of CSS at launch.
        javafx.application.Application.setUserAgentStylesheet(dark
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheetBSS()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        scene.getRoot().getStyleClass().removeAll("dark", "light");
        scene.getRoot().getStyleClass().add(dark ? "dark" : "light");
        also.accept(dark);
    }
}
