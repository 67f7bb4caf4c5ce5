package dev.blastmap.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against the part of JSON Schema 2020-12 that docs/report.schema.json uses: type, const,
 * enum, required, properties, additionalProperties false, items, $ref to #/$defs, oneOf, minimum, maximum, pattern, and the
 * date-time format (RFC 3339).
 * A keyword it does not know fails the check, so the schema cannot silently outgrow this validator.
 */
final class JsonSchemaSubset {

    private static final List<String> KNOWN = List.of("$schema", "$id", "$defs", "title", "description", "format",
            "type", "const", "enum", "required", "properties", "additionalProperties", "items", "$ref", "oneOf",
            "minimum", "maximum", "pattern");

    private static final String RFC_3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)";

    private final JsonObject root;

    JsonSchemaSubset(JsonObject root) {
        this.root = root;
    }

    /** Every violation, as {@code path: what}; empty when the value conforms. */
    List<String> violations(JsonElement value) {
        List<String> out = new ArrayList<>();
        check(root, value, "$", out);
        return out;
    }

    private void check(JsonObject schema, JsonElement value, String path, List<String> out) {
        for (String keyword : schema.keySet()) {
            if (!KNOWN.contains(keyword)) {
                out.add(path + ": the schema uses " + keyword + ", which this validator does not know");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").getAsString();
            String prefix = "#/$defs/";
            if (!ref.startsWith(prefix)) {
                out.add(path + ": unsupported $ref " + ref);
                return;
            }
            check(root.getAsJsonObject("$defs").getAsJsonObject(ref.substring(prefix.length())), value, path, out);
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonElement option : schema.getAsJsonArray("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option.getAsJsonObject(), value, path, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                out.add(path + ": matches " + matches + " of the oneOf options");
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(path + ": is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(path + ": is not " + schema.get("const"));
        }
        if (schema.has("enum") && !schema.getAsJsonArray("enum").contains(value)) {
            out.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("minimum") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                && value.getAsDouble() < schema.get("minimum").getAsDouble()) {
            out.add(path + ": is below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
                && value.getAsDouble() > schema.get("maximum").getAsDouble()) {
            out.add(path + ": is above " + schema.get("maximum"));
        }
        if (schema.has("pattern") && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                && !java.util.regex.Pattern.compile(schema.get("pattern").getAsString()).matcher(value.getAsString()).find()) {
            out.add(path + ": does not match " + schema.get("pattern"));
        }
        if (schema.has("format") && schema.get("format").getAsString().equals("date-time") && value.isJsonPrimitive()
                && value.getAsJsonPrimitive().isString() && !value.getAsString().matches(RFC_3339)) {
            out.add(path + ": " + value + " is not an RFC 3339 date-time");
        }
        if (value.isJsonObject()) {
            checkObject(schema, value.getAsJsonObject(), path, out);
        }
        if (value.isJsonArray() && schema.has("items")) {
            JsonArray array = value.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(schema.getAsJsonObject("items"), array.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private void checkObject(JsonObject schema, JsonObject object, String path, List<String> out) {
        if (schema.has("required")) {
            for (JsonElement name : schema.getAsJsonArray("required")) {
                if (!object.has(name.getAsString())) {
                    out.add(path + ": misses " + name.getAsString());
                }
            }
        }
        JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            if (properties.has(member.getKey())) {
                check(properties.getAsJsonObject(member.getKey()), member.getValue(), path + "." + member.getKey(), out);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").getAsBoolean()) {
                out.add(path + ": has " + member.getKey() + ", which the schema does not allow");
            }
        }
    }

    private static boolean typeMatches(JsonElement type, JsonElement value) {
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        JsonPrimitive p = value.isJsonPrimitive() ? value.getAsJsonPrimitive() : null;
        return switch (type.getAsString()) {
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> p != null && p.isString();
            case "boolean" -> p != null && p.isBoolean();
            case "number" -> p != null && p.isNumber();
            case "integer" -> p != null && p.isNumber() && p.getAsDouble() == Math.rint(p.getAsDouble());
            case "null" -> value.isJsonNull();
            default -> false;
        };
    }
}
