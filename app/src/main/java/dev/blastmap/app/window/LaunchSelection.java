package dev.blastmap.app.window;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.cli.BadInputException;
import dev.blastmap.cli.KnockArguments;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The window's {@code --knock} and {@code --select}: applied once, when the first document opens. Selectors
 * are resolved by the command line's own {@link KnockArguments}; what matches nothing is reported once, one
 * line each, and the rest is still applied.
 */
final class LaunchSelection {

    private LaunchSelection() {
    }

    /** Waits for the first document of {@code documents}, then knocks out and selects; problems go to {@code report}. */
    static void applyWhenOpened(DocumentModel documents, KnockoutModel knockouts, SelectionModel selection,
                                List<String> selectors, String select, Consumer<String> report) {
        if (selectors.isEmpty() && select == null) {
            return;
        }
        documents.documentProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends GraphDocument> obs, GraphDocument was, GraphDocument now) {
                documents.documentProperty().removeListener(this);
                List<String> problems = new ArrayList<>();
                for (String selector : selectors) {
                    try {
                        knockouts.knockOut(KnockArguments.resolve(List.of(selector), now.graph(), "window"));
                    } catch (BadInputException e) {
                        problems.addAll(e.lines());
                    }
                }
                if (select != null && now.graph().contains(ServiceId.of(select))) {
                    selection.selectedProperty().set(ServiceId.of(select));
                } else if (select != null) {
                    problems.add("blastmap: error: --select " + select + ": no such service");
                }
                if (!problems.isEmpty()) {
                    report.accept(String.join("\n", problems));
                }
            }
        });
    }
}
