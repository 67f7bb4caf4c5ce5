package dev.blastmap.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The names as JavaFX really wraps them, in the inspector's and the SPOF panel's font. */
@ExtendWith(ApplicationExtension.class)
class BreakableNameTest {

    private static final String DNS_NAME = "dynamodb.us-east-1.amazonaws.com";

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Group()));
    }

    /**
     * Where JavaFX starts each new line of the text wrapped to this width, as the text around each break
     * ("amazon|aws"), with the marks shown as "^".
     */
    private static List<String> breaks(FxRobot robot, String text, double width) {
        List<String> breaks = new ArrayList<>();
        robot.interact(() -> {
            Text t = new Text(text);
            t.setFont(Font.font("System", 14));
            t.setWrappingWidth(width);
            new Scene(new Group(t));
            double y = ((MoveTo) t.caretShape(0, true)[0]).getY();
            for (int i = 1; i < text.length(); i++) {
                double top = ((MoveTo) t.caretShape(i, true)[0]).getY();
                if (top > y + 1) {
                    breaks.add((text.substring(Math.max(0, i - 4), i) + "|" + text.substring(i, Math.min(text.length(), i + 4)))
                            .replace(BreakableName.BREAK, '^'));
                }
                y = top;
            }
        });
        return breaks;
    }

    /** True when a line starts at this break without cutting a word: after a space or a mark. */
    private static boolean betweenParts(String around) {
        int at = around.indexOf('|');
        return Character.isWhitespace(around.charAt(at - 1)) || around.charAt(at - 1) == '^'
                || at + 1 < around.length() && Character.isWhitespace(around.charAt(at + 1));
    }

    @Test
    void plainJavaFxBreaksADnsNameInsideAWord(FxRobot robot) {
        assertThat(breaks(robot, DNS_NAME, 110)).as("why this class exists").isNotEmpty()
                .anySatisfy(around -> assertThat(betweenParts(around)).isFalse());
    }

    @Test
    void aMarkedDnsNameWrapsOnlyAfterItsDotsAndHyphens(FxRobot robot) {
        // from the narrowest width that holds its longest part, "amazonaws."
        for (double width : new double[] {90, 120, 150, 200}) {
            List<String> breaks = breaks(robot, BreakableName.of(DNS_NAME), width);

            assertThat(breaks).as("at %s px", width).isNotEmpty()
                    .allSatisfy(around -> assertThat(betweenParts(around)).as(around).isTrue())
                    .allSatisfy(around -> assertThat(around).matches(".*[.-]\\^\\|.*"));
        }
    }

    @Test
    void aLabelWithSpacesAndANameBreaksBetweenWordsOrAfterAHyphen(FxRobot robot) {
        List<String> breaks = breaks(robot, BreakableName.of("DynamoDB (us-east-1 endpoint)"), 110);

        assertThat(breaks).isNotEmpty().allSatisfy(around -> assertThat(betweenParts(around)).as(around).isTrue());
    }
}
