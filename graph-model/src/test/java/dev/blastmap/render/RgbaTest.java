package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RgbaTest {

    @Test
    void hexColoursParseAndPrint() {
        assertThat(Rgba.hex("#0969da")).isEqualTo(new Rgba(9, 105, 218, 1));
        assertThat(Rgba.hex("#00000080").alpha()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Rgba.hex("#0969da").rgbHex()).isEqualTo("#0969da");
    }

    @Test
    void mixingRunsFromOneColourToTheOther() {
        Rgba black = Rgba.hex("#000000");
        Rgba white = Rgba.hex("#ffffff");
        assertThat(black.mix(white, 0)).isEqualTo(black);
        assertThat(black.mix(white, 1)).isEqualTo(white);
        assertThat(black.mix(white, 0.5).red()).isEqualTo(128);
    }

    @Test
    void badColoursAreRejected() {
        assertThatThrownBy(() -> Rgba.hex("#12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rgba(256, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rgba(0, 0, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
