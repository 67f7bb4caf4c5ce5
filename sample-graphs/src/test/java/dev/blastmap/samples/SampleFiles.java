package dev.blastmap.samples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.json.JsonGraphReader;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the bundled samples the way the app does: from the classpath under /samples/, with the real reader. */
final class SampleFiles {

    private SampleFiles() {
    }

    /** The file names the catalog lists, in its order. */
    static List<String> catalogFiles() {
        List<String> files = new ArrayList<>();
        for (JsonElement entry : catalog()) {
            files.add(entry.getAsJsonObject().get("file").getAsString());
        }
        return files;
    }

    /** The catalog as JSON. */
    static JsonArray catalog() {
        try (Reader in = open("catalog.json")) {
            return JsonParser.parseReader(in).getAsJsonArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one sample; fails the test with every problem if the reader refuses it. */
    static ReadResult read(String file) {
        try (Reader in = open(file)) {
            return new JsonGraphReader().read(in, file);
        } catch (GraphImportException e) {
            throw new AssertionError(file + " is refused by the reader:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one sample's graph. */
    static Graph graph(String file) {
        return read(file).graph();
    }

    /** The blast radius of knocking out these ids. */
    static BlastRadius knockOut(Graph graph, String... ids) {
        return new PropagationEngine(graph).knockOut(ids(ids));
    }

    /** The blast radius after step {@code index} of a scenario. */
    static BlastRadius afterStep(Graph graph, Scenario scenario, int index) {
        return new PropagationEngine(graph).knockOut(scenario.knockedOutAfter(index));
    }

    /** Service ids from their values. */
    static List<ServiceId> ids(String... values) {
        return Arrays.stream(values).map(ServiceId::of).toList();
    }

    /** The values of the down services, as a set of strings, for readable assertion failures. */
    static Set<String> downIds(BlastRadius radius) {
        return radius.down().stream().map(f -> f.id().value()).collect(Collectors.toSet());
    }

    /** The only scenario of a sample with the given id. */
    static Scenario scenario(Graph graph, String id) {
        return graph.scenario(id).orElseThrow(() -> new AssertionError("no scenario " + id + " in " + graph.name()));
    }

    private static Reader open(String file) {
        InputStream in = SampleFiles.class.getResourceAsStream("/samples/" + file);
        if (in == null) {
            throw new AssertionError("/samples/" + file + " is not on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
