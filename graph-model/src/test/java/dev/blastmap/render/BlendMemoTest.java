package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlendMemoTest {

    @Test
    void everyBlendIsTheSourceOverThePixelWhateverCameBefore() {
        Random random = new Random(9);
        int[] sources = new int[256];
        BlendMemo memo = new BlendMemo();
        int[] unders = {0, 0xFFFFFFFF, 0xFF203040, 0x80102030};
        for (int round = 0; round < 4; round++) {
            // The same colour underneath before and after the sources change: only forgetting keeps it right.
            for (int k = 1; k < 256; k++) {
                memo.over(sources, k, unders[1]);
            }
            for (int k = 1; k < 256; k++) {
                sources[k] = PixelRaster.pixel(new Rgba(random.nextInt(256), random.nextInt(256), random.nextInt(256),
                        1), k / 255.0);
            }
            memo.forget();
            for (int k = 1; k < 256; k++) {
                assertThat(memo.over(sources, k, unders[1])).isEqualTo(PixelRaster.over(sources[k], unders[1]));
            }
            for (int i = 0; i < 5000; i++) {
                int k = 1 + random.nextInt(255);
                // Runs of one colour underneath, as over a background, broken now and then.
                int under = unders[(i / (1 + random.nextInt(40))) % unders.length];
                assertThat(memo.over(sources, k, under)).isEqualTo(PixelRaster.over(sources[k], under));
            }
        }
    }
}
