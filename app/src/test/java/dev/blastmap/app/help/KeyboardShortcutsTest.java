package dev.blastmap.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyboardShortcutsTest {

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
}
