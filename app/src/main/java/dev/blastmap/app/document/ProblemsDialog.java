package dev.blastmap.app.document;

import dev.blastmap.app.document.DocumentModel.Refusal;
import dev.blastmap.io.Problem;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The one dialog a refused file gets: what was refused, and every problem on its own line in the form the
 * command line prints ({@code file:line:col: error: message}), selectable so it can be copied.
 */
public final class ProblemsDialog {

    private ProblemsDialog() {
    }

    /** Builds the dialog; the caller shows it. */
    public static Alert of(Refusal refusal, Window owner) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Cannot open " + shortName(refusal.source()));
        long errors = refusal.problems().stream().filter(Problem::isError).count();
        alert.setHeaderText("Blastmap cannot open " + shortName(refusal.source()) + ": "
                + errors + (errors == 1 ? " problem" : " problems") + " found");
        TextArea text = new TextArea(refusal.text());
        text.setId("problems");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(14, Math.max(6, refusal.problems().size() * 2 + 1)));
        text.setPrefColumnCount(80);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label hint = new Label("The graph that was open stays open. Fix the file and open it again.");
        hint.setWrapText(true);
        VBox content = new VBox(8, text, hint);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        return alert;
    }

    private static String shortName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }
}
