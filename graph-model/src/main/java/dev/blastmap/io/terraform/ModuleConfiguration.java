package dev.blastmap.io.terraform;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code configuration} part of {@code terraform show -json}: resolves the references of each resource's
 * expressions and its {@code depends_on} to the resource addresses they reach, looking through module inputs
 * ({@code var.x} inside a module is whatever the module call passes), module outputs
 * ({@code module.vpc.public_subnets} is what the output's expression references) and whole modules
 * ({@code module.vpc}, {@code depends_on = [module.vpc]}: every resource inside).
 */
final class ModuleConfiguration {

    /** The longest instance key taken out of an address; a longer bracket is left as it is. */
    private static final int MAX_KEY = 4096;
    /** Bounds the work a hostile configuration (cyclic outputs and inputs) can cause. */
    private static final int MAX_STEPS = 20_000_000;
    private static final int MAX_DEPTH = 64;

    private final Set<String> resources;
    private int steps;

    /** @param resources the addresses of the resources that exist (in the plan or the state), without indexes */
    ModuleConfiguration(Set<String> resources) {
        this.resources = resources;
    }

    /**
     * The address a resource is known by here: without instance keys ({@code module.a[0].aws_subnet.b["x"]} is
     * {@code module.a.aws_subnet.b}) and without white space around it, which ids never carry.
     */
    static String resourceKey(String address) {
        int open = address.indexOf('[');
        if (open < 0) {
            return address.strip();
        }
        // One pass, each character looked at a bounded number of times: the next ']' is found once and kept
        // until the scan passes it (a regular expression retried up to MAX_KEY characters at every '[', which
        // took seconds on a hostile megabyte of brackets).
        StringBuilder out = new StringBuilder(address.length());
        out.append(address, 0, open);
        int close = -1;
        int i = open;
        while (i < address.length()) {
            char c = address.charAt(i);
            if (c == '[') {
                if (close <= i) {
                    close = address.indexOf(']', i + 1);
                    if (close < 0) {
                        out.append(address, i, address.length());
                        break;
                    }
                }
                if (close - i - 1 <= MAX_KEY) {
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString().strip();
    }

    /** A resource of the configuration with the addresses it depends on. */
    record Dependent(String address, JsonObject resource, Set<String> dependencies) {
    }

    /** Every resource of a module and its child modules, with the resources it depends on. */
    List<Dependent> dependents(JsonObject rootModule) {
        List<Dependent> out = new ArrayList<>();
        walk(new Context(rootModule, null, null, ""), out);
        return out;
    }

    /**
     * Where a module sits: the module, its call (for {@code var.x}), the context of the module holding the call,
     * and its address prefix.
     */
    private record Context(JsonObject module, JsonObject call, Context parent, String prefix) {
    }

    private void walk(Context context, List<Dependent> out) {
        JsonObject module = context.module();
        String prefix = context.prefix();
        for (JsonElement r : array(module, "resources")) {
            if (!(r instanceof JsonObject resource)) {
                continue;
            }
            String address = prefix + resourceKey(string(resource, "address"));
            Set<String> found = new LinkedHashSet<>();
            for (String ref : references(resource.get("expressions"))) {
                found.addAll(resolve(ref, context));
            }
            for (JsonElement d : array(resource, "depends_on")) {
                found.addAll(resolve(d.getAsString(), context));
            }
            for (Context c = context; c.parent() != null; c = c.parent()) {
                for (JsonElement d : array(c.call(), "depends_on")) {
                    found.addAll(resolve(d.getAsString(), c.parent()));
                }
            }
            found.remove(address);
            out.add(new Dependent(address, resource, found));
        }
        if (module.get("module_calls") instanceof JsonObject calls) {
            for (Map.Entry<String, JsonElement> e : calls.entrySet()) {
                if (e.getValue() instanceof JsonObject call && call.get("module") instanceof JsonObject child) {
                    String childPrefix = prefix + "module." + e.getKey() + ".";
                    walk(new Context(child, call, context, childPrefix), out);
                }
            }
        }
    }

    /** The resource addresses a reference reaches from inside a module. */
    private Set<String> resolve(String reference, Context context) {
        return resolve(reference, context, 0);
    }

    private Set<String> resolve(String reference, Context context, int depth) {
        JsonObject module = context.module();
        Set<String> out = new LinkedHashSet<>();
        if (++steps > MAX_STEPS || depth > MAX_DEPTH) {
            return out;
        }
        String ref = resourceKey(reference);
        String[] parts = ref.split("\\.");
        switch (parts[0]) {
            case "var" -> {
                if (parts.length > 1 && context.parent() != null
                        && context.call().get("expressions") instanceof JsonObject inputs) {
                    for (String r : references(inputs.get(parts[1]))) {
                        out.addAll(resolve(r, context.parent(), depth + 1));
                    }
                }
            }
            case "module" -> {
                if (parts.length < 2 || !(module.get("module_calls") instanceof JsonObject calls)
                        || !(calls.get(parts[1]) instanceof JsonObject call) || !(call.get("module") instanceof JsonObject child)) {
                    return out;
                }
                Context inner = new Context(child, call, context, context.prefix() + "module." + parts[1] + ".");
                if (parts.length > 2 && child.get("outputs") instanceof JsonObject outputs
                        && outputs.get(parts[2]) instanceof JsonObject output) {
                    for (String r : references(output.get("expression"))) {
                        out.addAll(resolve(r, inner, depth + 1));
                    }
                } else if (parts.length == 2) {
                    String inside = inner.prefix();
                    resources.stream().filter(a -> a.startsWith(inside)).forEach(out::add);
                }
            }
            case "data" -> {
                if (parts.length >= 3) {
                    addIfResource(context.prefix() + "data." + parts[1] + "." + parts[2], out);
                }
            }
            default -> {
                if (parts.length >= 2) {
                    addIfResource(context.prefix() + parts[0] + "." + parts[1], out);
                }
            }
        }
        return out;
    }

    private void addIfResource(String address, Set<String> out) {
        if (resources.contains(address)) {
            out.add(address);
        }
    }

    /** Every string of every {@code references} list below an expression, nested blocks included. */
    static List<String> references(JsonElement expression) {
        List<String> out = new ArrayList<>();
        java.util.Deque<JsonElement> todo = new java.util.ArrayDeque<>();
        if (expression != null) {
            todo.push(expression);
        }
        while (!todo.isEmpty()) {
            JsonElement e = todo.pop();
            if (e instanceof JsonObject o) {
                for (Map.Entry<String, JsonElement> m : o.entrySet()) {
                    if (m.getKey().equals("references") && m.getValue() instanceof JsonArray refs) {
                        refs.forEach(r -> {
                            if (r.isJsonPrimitive()) {
                                out.add(r.getAsString());
                            }
                        });
                    } else {
                        todo.push(m.getValue());
                    }
                }
            } else if (e instanceof JsonArray a) {
                a.forEach(todo::push);
            }
        }
        return out;
    }

    static List<JsonElement> array(JsonObject o, String key) {
        List<JsonElement> out = new ArrayList<>();
        if (o.get(key) instanceof JsonArray a) {
            a.forEach(out::add);
        }
        return out;
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }
}
