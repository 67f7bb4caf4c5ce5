import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Renders blastmap.svg to the PNG sizes a Linux desktop asks for. A maintainer's tool, run by
 * render-icons.sh after the SVG changes; the build packages the committed PNGs and needs no SVG renderer.
 */
final class RenderIcons {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws Exception {
        Path svg = Path.of(args[0]);
        Path outputDirectory = Path.of(args[1]);
        Files.createDirectories(outputDirectory);
        for (int size : SIZES) {
            PNGTranscoder transcoder = new PNGTranscoder();
            transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) size);
            transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) size);
            Path png = outputDirectory.resolve("blastmap-" + size + ".png");
            try (OutputStream out = Files.newOutputStream(png)) {
                transcoder.transcode(new TranscoderInput(svg.toUri().toString()), new TranscoderOutput(out));
            }
            System.out.println(png);
        }
    }
}
