package dev.blastmap.app.document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled samples listed in {@code /samples/catalog.json}: a JSON array of {@code {file, title, summary}}
 * objects (or an object holding such an array under {@code samples}). The first entry is the flagship,
 * opened at start.
 */
public final class SampleCatalog {

    /** The sample opened at start when the catalog lists it. */
    public static final String FLAGSHIP = "aws-us-east-1-2025-10.blastmap.json";

    /**
     * One bundled sample.
     *
     * @param file    its file name under {@code /samples/}
     * @param title   what the list shows
     * @param summary one or two sentences about it, may be empty
     */
    public record Sample(String file, String title, String summary) {

        /** Validates the entry. */
        public Sample {
            Objects.requireNonNull(file, "file");
            title = title == null || title.isBlank() ? file : title;
            summary = Objects.requireNonNullElse(summary, "");
        }
    }

    private final List<Sample> samples;

    /** A catalog of these samples. */
    public SampleCatalog(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** The catalog bundled in the jar; empty if there is none or it cannot be read. */
    public static SampleCatalog bundled() {
        try (InputStream in = SampleCatalog.class.getResourceAsStream("/samples/catalog.json")) {
            return in == null ? new SampleCatalog(List.of()) : parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // A broken catalog must not stop the app from starting; the samples list is simply empty.
            return new SampleCatalog(List.of());
        }
    }

    /** Parses a catalog. */
    static SampleCatalog parse(Reader in) {
        JsonElement root = JsonParser.parseReader(in);
        JsonArray array = root.isJsonArray() ? root.getAsJsonArray()
                : root.isJsonObject() && root.getAsJsonObject().has("samples")
                ? root.getAsJsonObject().getAsJsonArray("samples") : new JsonArray();
        List<Sample> samples = new ArrayList<>();
        for (JsonElement e : array) {
            if (e.isJsonObject() && e.getAsJsonObject().has("file")) {
                JsonObject o = e.getAsJsonObject();
                samples.add(new Sample(text(o, "file"), text(o, "title"), text(o, "summary")));
            }
        }
        return new SampleCatalog(samples);
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    /** Every sample, in catalog order. */
    public List<Sample> samples() {
        return samples;
    }

    /** The sample to open at start: the flagship if bundled, else the first one. */
    public Optional<Sample> startSample() {
        return samples.stream().filter(s -> s.file().equals(FLAGSHIP)).findFirst()
                .or(() -> samples.stream().findFirst());
    }
}
