package dev.blastmap.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {

    @Start
    void start(Stage stage) {
        Button open = new Button("Shortcuts");
        open.setOnAction(e -> KeyboardShortcuts.show(stage));
        stage.setScene(new Scene(new StackPane(open), 400, 300));
        stage.show();
        stage.requestFocus();
    }

    /** Every accelerator the menus declare ("Shortcut+Shift+E", "F", "Esc"), read from their source. */
    private static List<String> menuAccelerators() throws IOException {
        List<String> keys = new ArrayList<>();
        Pattern item = Pattern.compile("item\\(\"[^\"]+\", \"([^\"]+)\"");
        for (String file : List.of("window/MainMenuBar.java")) {
            Matcher m = item.matcher(Files.readString(Path.of("src/main/java/dev/blastmap/app", file)));
            while (m.find()) {
                keys.add(m.group(1).replace("Shortcut", "Ctrl").replace("Plus", "+").replace("Minus", "-"));
            }
        }
        return keys;
    }

    @Test
    void theListNamesEveryKeyTheMenusAnswerTo() throws IOException {
        String listed = String.join("\n", KeyboardShortcuts.SECTIONS.stream()
                .flatMap(s -> s.shortcuts().stream()).map(KeyboardShortcuts.Shortcut::keys).toList());
        List<String> accelerators = menuAccelerators();
        assertThat(accelerators).contains("Ctrl+O", "F1", "K");
        for (String key : accelerators) {
            assertThat(listed).as(key).contains(key);
        }
        assertThat(listed).contains("F5", "Page Down", "P", "?");
    }

    @Test
    void theDialogShowsEveryKeyWhole(FxRobot robot) {
        robot.clickOn("Shortcuts");
        Set<Label> keys = robot.lookup(".shortcut-keys").queryAllAs(Label.class);

        assertThat(keys).hasSize(KeyboardShortcuts.SECTIONS.stream().mapToInt(s -> s.shortcuts().size()).sum());
        assertThat(keys).allSatisfy(key -> assertThat(((Text) key.lookup(".text")).getText())
                .as("drawn, not cut with an ellipsis").isEqualTo(key.getText()));
        robot.type(KeyCode.ESCAPE);
    }
}
