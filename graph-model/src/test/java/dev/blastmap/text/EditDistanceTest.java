package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.between("analyse", "analyze")).isEqualTo(1);
        assertThat(EditDistance.between("--knok", "--knock")).isEqualTo(1);
        assertThat(EditDistance.between("maxDwon", "maxDown")).isEqualTo(2);
        assertThat(EditDistance.between("rank", "rank")).isZero();
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void theNearestWordIsOfferedIgnoringCaseOnlyWhenItIsClose() {
        List<String> known = List.of("maxDown", "maxWeighted", "noSinglePointOfFailure", "survive");
        assertThat(EditDistance.nearest("maxdwon", known)).contains("maxDown");
        assertThat(EditDistance.nearest("MAXDOWN", known)).contains("maxDown");
        // A quarter of a long word may differ: five edits in a 22-letter key.
        assertThat(EditDistance.nearest("noSingelPointOfFailur", known)).contains("noSinglePointOfFailure");
        assertThat(EditDistance.nearest("frobnicate", known)).isEmpty();
        assertThat(EditDistance.nearest("m".repeat(65), List.of("m".repeat(65)))).isEmpty();
    }
}
