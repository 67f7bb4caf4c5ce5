package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLinesTest {

    private final LabelLines lines = new LabelLines(TextMeasurer.approximate());

    @Test
    void aLongDnsNameIsMarkedAfterEachDotAndHyphenAndNowhereInsideAWord() {
        assertThat(LabelLines.withBreaks("dynamodb.us-east-1.amazonaws.com", '|'))
                .isEqualTo("dynamodb.|us-|east-|1.|amazonaws.|com");
        assertThat(LabelLines.withBreaks("services/payments-api", '|')).isEqualTo("services/|payments-|api");
    }

    @Test
    void wordsAndNamesWithoutSeparatorsAreLeftAlone() {
        assertThat(LabelLines.withBreaks("Snapchat", '|')).isEqualTo("Snapchat");
        assertThat(LabelLines.withBreaks("ends with a dot.", '|')).isEqualTo("ends with a dot.");
        assertThat(LabelLines.withBreaks("", '|')).isEmpty();
    }

    @Test
    void theMarksAreWhereTheCardsBreakTheSameName() {
        String name = "dynamodb.us-east-1.amazonaws.com";
        double size = NodeSizer.LABEL_SIZE;
        List<String> wrapped = lines.wrap(name, size, lines.width(name, size) * 0.6, 2);

        assertThat(wrapped).hasSize(2);
        String marked = LabelLines.withBreaks(name, '|');
        String firstMarked = marked.substring(0, marked.indexOf(wrapped.get(1).charAt(0), wrapped.get(0).length()));
        assertThat(firstMarked.replace("|", "")).isEqualTo(wrapped.get(0));
        assertThat(firstMarked).endsWith("|");
    }
}
