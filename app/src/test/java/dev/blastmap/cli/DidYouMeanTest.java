package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void onlyACloseMatchIsOffered() {
        List<String> commands = List.of("analyze", "rank", "render", "report", "convert");
        assertThat(DidYouMean.nearest("analyse", commands)).contains("analyze");
        assertThat(DidYouMean.nearest("reprot", commands)).contains("report");
        assertThat(DidYouMean.nearest("frobnicate", commands)).isEmpty();
    }
}
