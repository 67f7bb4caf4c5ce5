package dev.blastmap.app.window;

import static dev.blastmap.app.Fixtures.id;
import static dev.blastmap.app.window.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main flows through the real window, headless: open, knock out, watch, inspect, rank, find, bad file. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String FLAGSHIP_TITLE = "Blastmap — AWS us-east-1";

    private TestWindow opened;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = TestWindow.open(stage, "--light");
        window = opened.window();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        opened.forget();
    }

    @Test
    void opensOnTheFlagshipSampleWithoutADialog(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        assertThat(stage.getTitle()).startsWith(FLAGSHIP_TITLE);
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(window.layouts().layout().nodes()).hasSize(window.documents().document().graph().size());
        assertThat(window.layouts().layout().algorithm()).isEqualTo("layered");
        assertThat(robot.lookup("#graph-canvas").queryAs(dev.blastmap.app.canvas.GraphCanvas.class).graphLayout())
                .isSameAs(window.layouts().layout());
    }

    @Test
    void theWindowFitsOnTheScreenTheTestsRunOn() {
        // Monocle's default headless screen (1280x800) is smaller than the window; app/pom.xml sets 1600x1000.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(screen.getWidth()).isGreaterThanOrEqualTo(1440);
        assertThat(screen.getHeight()).isGreaterThanOrEqualTo(900);
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
    }

    @Test
    void findingAServiceSelectsItAndKnockingItOutSpreadsToTheEnd(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("dynamodb-dns-record").type(KeyCode.ENTER);
        waitFor(() -> id("dynamodb-dns-record").equals(window.selection().selectedProperty().get()));
        assertThat(window.selection().frameRequestProperty().get().ids()).containsExactly(id("dynamodb-dns-record"));

        robot.clickOn("#knock");
        assertThat(window.knockouts().knockedOut()).containsExactly(id("dynamodb-dns-record"));
        waitFor(() -> window.playback().finishedProperty().get());
        // STS and IAM stay up through the hand-made DNS fix, which the walkthrough knocks out with the record.
        assertThat(robot.lookup("#down-count").queryAs(Label.class).getText()).isEqualTo("33");
        assertThat(robot.lookup("#customer-count").queryAs(Label.class).getText()).isEqualTo("18");
        assertThat(window.playback().stateOf(id("snapchat"))).isEqualTo(ServiceState.DOWN);
    }

    @Test
    void theKeyKnocksOutTheSelectionUndoBringsItBackAndEscapeResets(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        robot.interact(() -> window.selection().selectedProperty().set(id("dynamodb")));
        robot.interact(() -> robot.lookup("#graph-canvas").query().requestFocus());
        robot.type(KeyCode.K);
        assertThat(window.knockouts().knockedOut()).containsExactly(id("dynamodb"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(window.knockouts().knockedOut()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.knockouts().knockedOut()).containsExactly(id("dynamodb"));
        robot.type(KeyCode.ESCAPE);
        assertThat(window.knockouts().knockedOut()).isEmpty();
    }

    @Test
    void theKnockOutMenuListsTheFailureDomainsOfTheGraph(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        javafx.scene.control.Menu knock = window.menuBar().getMenus().stream()
                .filter(m -> "knock-menu".equals(m.getId())).findFirst().orElseThrow();
        javafx.scene.control.Menu regions = (javafx.scene.control.Menu) knock.getItems().stream()
                .filter(i -> "knock-region".equals(i.getId())).findFirst().orElseThrow();
        assertThat(regions.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .anySatisfy(t -> assertThat(t).startsWith("us-west-2 ("));
        javafx.scene.control.MenuItem west = regions.getItems().stream()
                .filter(i -> "knock-region-us-west-2".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(west::fire);
        assertThat(window.knockouts().knockedOut()).isNotEmpty()
                .allSatisfy(s -> assertThat(window.documents().document().graph().require(s).region()).isEqualTo("us-west-2"));
    }

    @Test
    void aLargeGraphFromAFileIsCompiledAsideAndItsDomainsAreListedWhenTheMenuOpens(FxRobot robot, @TempDir Path dir)
            throws TimeoutException, IOException {
        opened.waitForDocument();
        List<dev.blastmap.model.Service> services = new java.util.ArrayList<>();
        for (int i = 0; i < dev.blastmap.app.document.GraphDocument.COMPILED_AT_ONCE; i++) {
            services.add(dev.blastmap.model.Service.builder("s" + i).region(i % 2 == 0 ? "eu-west-1" : "ap-south-1")
                    .dependsOn(i == 0 ? new String[0] : new String[] {"s" + (i - 1)}).build());
        }
        Path file = dir.resolve("large.blastmap.json");
        dev.blastmap.io.formats.GraphFormats.NATIVE.writer().write(dev.blastmap.model.Graph.of(services), file);
        robot.interact(() -> window.documents().open(file));
        waitFor(() -> file.equals(window.documents().document().file().orElse(null)) && window.tasks().running().isEmpty());
        assertThat(window.documents().document().isCompiled()).as("compiled on a worker once shown").isTrue();
        javafx.scene.control.Menu knock = window.menuBar().getMenus().stream()
                .filter(m -> "knock-menu".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(knock::show);
        robot.interact(knock::hide);
        javafx.scene.control.Menu regions = (javafx.scene.control.Menu) knock.getItems().stream()
                .filter(i -> "knock-region".equals(i.getId())).findFirst().orElseThrow();
        assertThat(regions.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .containsExactlyInAnyOrder("knock-region-eu-west-1", "knock-region-ap-south-1");
    }

    @Test
    void aServicesContextMenuKnocksItOutOrItsZone(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        var canvas = robot.lookup("#graph-canvas").queryAs(dev.blastmap.app.canvas.GraphCanvas.class);
        robot.interact(() -> canvas.onNodeMenuProperty().get()
                .accept(new dev.blastmap.app.canvas.NodeMenuRequest(id("dynamodb"), 300, 300)));
        javafx.scene.control.ContextMenu menu = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Knock out DynamoDB (us-east-1 endpoint)", "Knock out region us-east-1", "Fit graph");
        robot.interact(() -> menu.getItems().get(0).fire());
        assertThat(window.knockouts().knockedOut()).containsExactly(id("dynamodb"));
        assertThat(window.selection().selectedProperty().get()).isEqualTo(id("dynamodb"));
    }

    @Test
    void theDarkSwitchRestylesTheWindowAndTheCanvas(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        robot.clickOn("#dark-toggle");
        assertThat(window.theme().darkProperty().get()).isTrue();
        assertThat(window.scene().getRoot().getStyleClass()).contains("dark");
        assertThat(robot.lookup("#graph-canvas").queryAs(dev.blastmap.app.canvas.GraphCanvas.class)
                .themeProperty().get().darkBackground()).isTrue();
        robot.clickOn("#dark-toggle");
        assertThat(window.scene().getRoot().getStyleClass()).contains("light");
    }

    @Test
    void theInspectorShowsTheCauseChainAndItsLinksSelectTheirService(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        robot.interact(() -> {
            window.knockouts().show(List.of(id("dynamodb-dns-record")), false);
            window.selection().selectedProperty().set(id("snapchat"));
        });
        FlowPane chain = robot.lookup("#cause-chain").queryAs(FlowPane.class);
        List<String> links = chain.getChildren().stream().filter(n -> n instanceof Hyperlink)
                .map(n -> ((Hyperlink) n).getText().replace("\u200A", "")).toList(); // wrap points between parts
        assertThat(links).first().isEqualTo("Snapchat");
        assertThat(links).last().isEqualTo("dynamodb.us-east-1.amazonaws.com");
        assertThat(robot.lookup("#inspector-state").queryAs(Label.class).getText()).contains("Down");

        Hyperlink dynamo = (Hyperlink) chain.getChildren().stream()
                .filter(n -> n instanceof Hyperlink h && h.getUserData().equals(id("dynamodb"))).findFirst().orElseThrow();
        robot.clickOn(dynamo);
        assertThat(window.selection().selectedProperty().get()).isEqualTo(id("dynamodb"));
        assertThat(robot.lookup("#inspector-title").queryAs(Label.class).getText().replace("\u200A", ""))
                .isEqualTo("DynamoDB (us-east-1 endpoint)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSpofPanelRanksEveryServiceAndARowPreviewsItsBlastRadius(FxRobot robot) throws TimeoutException {
        opened.waitForDocument();
        waitFor(() -> !window.spof().ranking().isEmpty());
        assertThat(window.spof().ranking()).hasSize(window.documents().document().graph().size());
        robot.clickOn("Single points of failure");
        TableView<?> table = robot.lookup("#spof-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(robot.lookup("#spof-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        var worst = window.spof().ranking().get(0);
        assertThat(window.knockouts().knockedOut()).containsExactly(worst.id());
        assertThat(window.playback().downProperty().get()).isEqualTo(worst.down());
    }

    @Test
    void aBadFileGetsOneDialogListingItsProblemsAndTheGraphStaysOpen(FxRobot robot, @TempDir Path dir)
            throws TimeoutException, IOException {
        opened.waitForDocument();
        Path bad = dir.resolve("bad.blastmap.json");
        Files.writeString(bad, """
                { "blastmap": 1, "services": [ { "id": "a", "dependsOn": ["missing"] }, { "id": "a" } ] }
                """);
        robot.interact(() -> window.documents().open(bad));
        waitFor(() -> robot.lookup("#problems").tryQuery().isPresent());
        String problems = robot.lookup("#problems").queryAs(TextArea.class).getText();
        assertThat(problems).contains("bad.blastmap.json:").contains("error:");
        assertThat(problems.lines().count()).isGreaterThanOrEqualTo(2);
        assertThat(robot.listWindows().stream().filter(Window::isShowing)).hasSize(2);
        assertThat(stage.getTitle()).startsWith(FLAGSHIP_TITLE);
        assertThat(window.documents().document().graph().contains(id("dynamodb"))).isTrue();

        robot.interact(() -> robot.lookup("#problems").queryAs(TextArea.class).getScene().getWindow().hide());
        robot.interact(() -> window.documents().open(bad));
        waitFor(() -> robot.lookup("#problems").tryQuery().isPresent());
        assertThat(robot.listWindows().stream().filter(Window::isShowing)).hasSize(2);
    }

    @Test
    void openingAFileShowsItAndRemembersItAmongTheRecentFiles(FxRobot robot, @TempDir Path dir)
            throws TimeoutException, IOException {
        opened.waitForDocument();
        Path good = dir.resolve("tiny.blastmap.json");
        Files.writeString(good, """
                { "blastmap": 1, "name": "Tiny", "services": [ { "id": "a" }, { "id": "b", "dependsOn": ["a"] } ] }
                """);
        robot.interact(() -> window.documents().open(good));
        waitFor(() -> stage.getTitle().equals("Blastmap — Tiny"));
        assertThat(window.documents().recentFiles()).containsExactly(good.toAbsolutePath().normalize());
    }

    @Test
    void saveAsAndTheExportsWriteTheirFilesInTheBackground(FxRobot robot, @TempDir Path dir) throws Exception {
        opened.waitForDocument();
        robot.interact(() -> window.knockouts().show(List.of(id("dynamodb-dns-record")), false));
        Path graphml = dir.resolve("flagship.graphml");
        Path html = dir.resolve("report.html");
        Path png = dir.resolve("graph.png");
        Path svg = dir.resolve("graph.svg");
        robot.interact(() -> {
            window.documents().saveAs(graphml, dev.blastmap.io.formats.GraphFormats.byName("graphml").orElseThrow());
            window.exports().exportReport(html);
            window.exports().exportImage(png, false);
            window.exports().exportImage(svg, true);
        });
        waitFor(() -> window.tasks().running().isEmpty());
        assertThat(dev.blastmap.io.formats.GraphFormats.read(graphml).graph().size())
                .isEqualTo(window.documents().document().graph().size());
        assertThat(Files.readString(html)).contains("Snapchat");
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(svg)).contains("<svg");
        assertThat(window.exports().failureProperty().get()).isNull();
    }

    @Test
    void theReportsPictureIsDrawnOnTheLayoutOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        opened.waitForDocument();
        // A report lays a graph this small out in layers; the window shows it force-directed.
        Path small = dir.resolve("small.blastmap.json");
        Files.writeString(small, """
                { "blastmap": 1, "name": "Small", "services": [ { "id": "a" }, { "id": "b", "dependsOn": ["a"] },
                  { "id": "c", "dependsOn": ["a", "b"] }, { "id": "d", "dependsOn": ["c"] } ] }
                """);
        robot.interact(() -> window.documents().open(small));
        waitFor(() -> stage.getTitle().equals("Blastmap — Small") && window.tasks().running().isEmpty());
        robot.interact(() -> window.layouts().choiceProperty().set(dev.blastmap.app.layout.LayoutModel.Choice.FORCE));
        waitFor(() -> window.tasks().running().isEmpty() && "force".equals(window.layouts().layout().algorithm()));
        robot.interact(() -> window.knockouts().show(List.of(id("a")), false));
        robot.interact(() -> window.exports().exportReport(dir.resolve("report.md")));
        waitFor(() -> window.tasks().running().isEmpty());
        String onScreen = dev.blastmap.render.GraphImage.of(window.documents().document().graph(), window.layouts().layout())
                .radius(window.knockouts().radius()).decorated(false).svg();
        assertThat(Files.readString(dir.resolve("report.svg"))).isEqualTo(onScreen);
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy(FxRobot robot, @TempDir Path dir) throws TimeoutException {
        opened.waitForDocument();
        robot.interact(() -> window.exports().exportReport(dir.resolve("report.unknown")));
        waitFor(() -> window.exports().failureProperty().get() != null);
        assertThat(window.exports().failureProperty().get()).contains("report.unknown").contains(".html");
    }

    @Test
    void theHelpMenuNamesF1OnceAsTheShortcutsAccelerator() {
        javafx.scene.control.MenuItem shortcuts = window.menuBar().getMenus().stream()
                .filter(m -> "Help".equals(m.getText())).flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText().startsWith("Keyboard Shortcuts")).findFirst().orElseThrow();

        assertThat(shortcuts.getAccelerator()).isEqualTo(new javafx.scene.input.KeyCodeCombination(KeyCode.F1));
        assertThat(shortcuts.getText()).doesNotContain("F1").contains("?");
    }
}
