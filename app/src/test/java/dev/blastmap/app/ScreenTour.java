package dev.blastmap.app;

import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.start.StartPrefetch;
import dev.blastmap.app.window.MainWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * A tool, not a test: opens the real window on the real display (run it under Xvfb), types keys into it the
 * way a presenter would, and saves what the window shows after each group of keys, for the screenshots in
 * docs/screenshots/. Run with the app jar and the test classes on the class path:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1440x900x24" java -cp app/target/blastmap.jar:app/target/test-classes \
 *     dev.blastmap.app.ScreenTour OUT_PREFIX "RIGHT*9;F5,RIGHT" [APP ARGS...]
 * </pre>
 *
 * With {@code -Dtour.fill=true} the window fills the screen, as presenter mode's full screen would; with
 * {@code -Dtour.screen=true} the whole screen is saved rather than the window's scene, so that menus, tooltips
 * and dialogs (windows of their own) are in the picture; {@code -Dtour.start=MS} is how long to wait for the
 * window before the first key (9000 by default) and {@code -Dtour.settle=MS} after each group before saving
 * (3500 by default).
 * The keys are groups separated by {@code ;}: after each group the window is saved as
 * {@code OUT_PREFIX-N.png} (N from 1). Within a group keys are separated by {@code ,}; {@code KEY*n} repeats
 * a key; {@code SHIFT+F} presses keys together; {@code @X:Y} moves the pointer to that point of the screen and
 * {@code @X:Y!} clicks there. Key names are JavaFX {@link KeyCode} names. An empty group saves the window as it
 * opened. Under Xvfb no window manager gives a native file dialog the keyboard: click its buttons instead.
 */
public final class ScreenTour {

    private static String prefix;
    private static List<List<Input>> groups;
    private static String[] appArgs;

    /** {@code OUT_PREFIX KEYS [APP ARGS...]}. */
    public static void main(String[] args) {
        prefix = args[0];
        groups = parseKeys(args[1]);
        appArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
        System.setProperty("java.awt.headless", "true");
        Application.launch(Window.class, appArgs);
    }

    private ScreenTour() {
    }

    static List<List<Input>> parseKeys(String keys) {
        List<List<Input>> result = new ArrayList<>();
        for (String group : keys.split(";", -1)) {
            List<Input> inputs = new ArrayList<>();
            for (String key : group.split(",")) {
                if (key.isBlank()) {
                    continue;
                }
                if (key.strip().startsWith("@")) {
                    String point = key.strip().substring(1);
                    boolean click = point.endsWith("!");
                    String[] xy = (click ? point.substring(0, point.length() - 1) : point).split(":");
                    inputs.add(new Input(new KeyCode[0], Double.parseDouble(xy[0]), Double.parseDouble(xy[1]), click));
                    continue;
                }
                String[] parts = key.strip().split("\\*");
                int times = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
                for (int i = 0; i < times; i++) {
                    KeyCode[] chord = java.util.Arrays.stream(parts[0].split("\\+")).map(KeyCode::valueOf).toArray(KeyCode[]::new);
                    inputs.add(new Input(chord, 0, 0, false));
                }
            }
            result.add(inputs);
        }
        return result;
    }

    /** Keys pressed together, or (with no keys) the pointer moved to a point of the screen and maybe clicked. */
    record Input(KeyCode[] chord, double x, double y, boolean click) {

        void perform(Robot robot) {
            if (chord.length == 0) {
                robot.mouseMove(x, y);
                if (click) {
                    robot.mouseClick(javafx.scene.input.MouseButton.PRIMARY);
                }
                return;
            }
            for (KeyCode key : chord) {
                robot.keyPress(key);
            }
            for (int k = chord.length - 1; k >= 0; k--) {
                robot.keyRelease(chord[k]);
            }
        }
    }

    /** The application the tour starts: the real main window, and a thread that types and saves. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            LaunchOptions options = LaunchOptions.parse(List.of(appArgs));
            MainWindow window = new MainWindow(stage, options,
                    Preferences.userRoot().node("/dev/blastmap/screen-tour"), SampleCatalog.bundled());
            window.show(StartPrefetch.begin(options, SampleCatalog.bundled()));
            if (Boolean.getBoolean("tour.fill")) {
                // What full screen (presenter mode) looks like: Xvfb has no window manager to make it so.
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(screen.getWidth());
                stage.setHeight(screen.getHeight());
            }
            Thread tour = new Thread(() -> run(stage), "screen-tour");
            tour.setDaemon(true);
            tour.start();
        }
    }

    private static void run(Stage stage) {
        pause(Long.getLong("tour.start", 9000));
        for (int g = 0; g < groups.size(); g++) {
            for (Input input : groups.get(g)) {
                Platform.runLater(() -> input.perform(new Robot()));
                pause(400);
            }
            pause(Long.getLong("tour.settle", 3500));
            int n = g + 1;
            Platform.runLater(() -> save(stage, Path.of(prefix + "-" + n + ".png")));
            pause(800);
        }
        Platform.runLater(Platform::exit);
    }

    private static void save(Stage stage, Path file) {
        WritableImage image = Boolean.getBoolean("tour.screen")
                ? new Robot().getScreenCapture(null, javafx.stage.Screen.getPrimary().getBounds())
                : stage.getScene().snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(file);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
