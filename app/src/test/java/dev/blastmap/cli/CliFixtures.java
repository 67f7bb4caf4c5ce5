package dev.blastmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small graphs for command-line tests. */
final class CliFixtures {

    /**
     * web needs api and (softly) recs; api needs either database; recs needs db-1. Knocking out db-1 takes
     * recs down and leaves api and web degraded.
     */
    static final String SMALL = """
            {"blastmap": 1, "name": "small", "services": [
              {"id": "web", "customerFacing": true, "weight": 2.5, "dependsOn": ["api", {"on": "recs", "soft": true}]},
              {"id": "api", "dependsOn": [{"anyOf": ["db-1", "db-2"]}]},
              {"id": "recs", "region": "eu", "dependsOn": ["db-1"]},
              {"id": "db-1", "region": "eu", "kind": "database"},
              {"id": "db-2", "region": "us", "kind": "database"}
            ]}
            """;

    /** The example of docs/format.md, from the app module's directory. */
    static final Path SHOP = Path.of("..", "docs", "examples", "shop.blastmap.json");

    private CliFixtures() {
    }

    /** Writes text to a file in dir and returns its path as a string argument. */
    static String file(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }
}
