package dev.blastmap.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Turns seed files into hostile inputs the way an attacker or a careless user would: cut short, bytes flipped,
 * hostile tokens inserted (deep nesting, huge words, control characters, DOCTYPEs, formulas, escape
 * sequences), two files spliced, a slice repeated until the input is large, a line repeated (duplicate ids).
 * Deterministic for a given {@link Random}.
 */
final class Mutator {

    /** Inputs stay under this size, so that one input cannot take the whole time budget. */
    static final int MAX_BYTES = 3 << 20;

    private static final List<String> TOKENS = List.of("\u0000", "\u0007", "\u001b[2J\u001b]0;title\u0007", "\r", "\n",
            "\t", "\"", "'", "\\", "<", ">", "&", "&a;", "]]>", "<!--", "-->", "<!DOCTYPE g [<!ENTITY a \"b\">]>",
            "<?xml version=\"1.0\"?>", "\uFEFF", "\uD800", "\u202E", "\uFFFD", "=cmd|' /C calc'!A0", "+1", "@SUM(A1)",
            "---\n", "*a", "&a [1]", "? ", ": ", "- ", "{", "}", "[", "]", "(", ")", ",", ";", "->", "--", "#",
            "//", "/*", "*/", "1e999999999", "-0", "NaN", "null", "true", "\"id\":", "\"blastmap\": 1,",
            "node [ id 1 ]", "edge [ source 1 target 9 ]", "<node id=\"a\"/>", "<edge source=\"a\" target=\"a\"/>",
            "resource:default/", "component:", "digraph {", "graph [", "subgraph cluster_x {", "<graphml>",
            "source,target\n", "apiVersion: backstage.io/v1alpha1\n", "{\"elements\":", "[{\"parent\":\"a\",\"child\":\"b\"}]");

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** A mutation of {@code seed}, sometimes spliced with {@code other}. */
    byte[] mutate(byte[] seed, byte[] other) {
        byte[] out = seed;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            out = once(out, other);
        }
        return out.length > MAX_BYTES ? java.util.Arrays.copyOf(out, MAX_BYTES) : out;
    }

    private byte[] once(byte[] in, byte[] other) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        return switch (random.nextInt(9)) {
            case 0 -> java.util.Arrays.copyOf(in, at);
            case 1 -> flip(in);
            case 2, 3 -> insert(in, at, token());
            case 4 -> splice(in, other);
            case 5 -> repeat(in, at);
            case 6 -> insert(in, at, nesting());
            case 7 -> insert(in, at, hugeWord());
            default -> repeatLine(in, at);
        };
    }

    private byte[] flip(byte[] in) {
        byte[] out = in.clone();
        for (int i = 0; i < 1 + random.nextInt(8) && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private String token() {
        return TOKENS.get(random.nextInt(TOKENS.size()));
    }

    private String nesting() {
        String[] opens = {"[", "{", "x [ ", "<a>", "subgraph {", "- ", "  a:\n", "(", "[\"", "{\"a\":"};
        return opens[random.nextInt(opens.length)].repeat(1 + random.nextInt(5000));
    }

    private String hugeWord() {
        return String.valueOf((char) ('a' + random.nextInt(26))).repeat(1 + random.nextInt(2 << 20));
    }

    private static byte[] insert(byte[] in, int at, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + text.length());
        out.write(in, 0, at);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private byte[] splice(byte[] in, byte[] other) {
        int a = random.nextInt(in.length + 1);
        int b = random.nextInt(other.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, a);
        out.write(other, b, other.length - b);
        return out.toByteArray();
    }

    /** A slice repeated many times: long chains, many nodes, amplification. */
    private byte[] repeat(byte[] in, int at) {
        int length = Math.min(in.length - at, 1 + random.nextInt(200));
        if (length <= 0) {
            return in;
        }
        int times = 1 + random.nextInt(Math.max(1, MAX_BYTES / 2 / length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at + length);
        for (int i = 0; i < times; i++) {
            out.write(in, at, length);
        }
        out.write(in, at + length, in.length - at - length);
        return out.toByteArray();
    }

    /** The line around {@code at} given twice: the same id defined twice. */
    private static byte[] repeatLine(byte[] in, int at) {
        int start = at;
        while (start > 0 && in[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < in.length && in[end] != '\n') {
            end++;
        }
        end = Math.min(in.length, end + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, end);
        out.write(in, start, end - start);
        out.write(in, end, in.length - end);
        return out.toByteArray();
    }
}
