package dev.blastmap.app.edit;

import dev.blastmap.model.Service;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

/**
 * The description of the selected services, as a text area of a few lines: Enter starts a new line, as in
 * any multi-line field; Ctrl+Enter or leaving the field sets it, Escape puts back what it was. With several
 * services selected it shows the description they share, or "several values", and sets what is typed on
 * all of them. A description is free text: every character the area accepts is valid (it drops control
 * characters other than line breaks and tabs as they are typed or pasted, which no other format could carry),
 * so unlike the weight there is nothing to check as it is typed.
 */
final class DescriptionField extends TextArea {

    /**
     * A field showing the description of {@code services}; {@code set} receives the new description (null to
     * clear it) when the user sets one that differs.
     */
    DescriptionField(List<Service> services, String mixedPrompt, Consumer<String> set) {
        String shared = services.stream().map(Service::description).distinct().count() == 1
                ? services.get(0).description() : null;
        // what the services have, as far as this field knows: Escape goes back to it, and leaving the field
        // after Ctrl+Enter does not set it again
        String[] baseline = {Objects.requireNonNullElse(shared, "")};
        setText(baseline[0]);
        setId("edit-description");
        setWrapText(true);
        setPrefRowCount(3);
        setPromptText(shared == null ? mixedPrompt : "What it is and does");
        Runnable commit = () -> {
            String value = getText().strip();
            if (!value.equals(baseline[0])) {
                baseline[0] = value;
                set.accept(value.isEmpty() ? null : value);
            }
        };
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                commit.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                setText(baseline[0]);
            }
        });
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }
}
