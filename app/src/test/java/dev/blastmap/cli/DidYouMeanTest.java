package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void editsCountInsertionsDeletionsAndSubstitutions() {
        assertThat(DidYouMean.edits("analyse", "analyze")).isEqualTo(1);
        assertThat(DidYouMean.edits("--knok", "--knock")).isEqualTo(1);
        assertThat(DidYouMean.edits("rank", "rank")).isZero();
        assertThat(DidYouMean.edits("", "abc")).isEqualTo(3);
    }

    @Test
    void onlyACloseMatchIsOffered() {
        List<String> commands = List.of("analyze", "rank", "render", "report", "convert");
        assertThat(DidYouMean.nearest("analyse", commands)).contains("analyze");
        assertThat(DidYouMean.nearest("reprot", commands)).contains("report");
        assertThat(DidYouMean.nearest("frobnicate", commands)).isEmpty();
    }
}
