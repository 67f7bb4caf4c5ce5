package dev.blastmap.app.compare;

import dev.blastmap.app.compare.CompareModel.Comparison;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window a comparison opens in, beside the main window, so the open graph stays as it was. */
public final class CompareWindow {

    private CompareWindow() {
    }

    /** Opens a window showing the comparison, styled like the main window, and returns it. */
    public static Stage show(Window owner, Comparison comparison, List<String> stylesheets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare: " + comparison.secondTitle() + " over " + comparison.firstTitle() + " — Blastmap");
        Scene scene = new Scene(new CompareView(comparison), 1280, 800);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
