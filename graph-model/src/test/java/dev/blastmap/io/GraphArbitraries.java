package dev.blastmap.io;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random graphs for round-trip properties: ids and labels with the characters that break naive writers
 * (quotes, ampersands, angle brackets, commas, backslashes, spaces, non-ASCII), every field set or not, and
 * clauses of every shape (single, any-of, all-of, k-of-n, soft, delayed, with notes).
 */
public final class GraphArbitraries {

    private static final List<String> ID_POOL = List.of("api", "db", "web-1", "orders db", "a\"b", "x&y", "<lb>",
            "café", "svc.one", "a,b", "back\\slash", "日本", "node#1", "-x", "1", "s p a c e");

    private GraphArbitraries() {
    }

    /** Text without control characters, stripped, possibly empty. */
    public static Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcXYZ019 -_.,:;'\"&<>/()é日\\").ofMaxLength(12).map(String::strip);
    }

    /** Tags: stripped, non-empty, without backslashes (a tag list is split on unescaped commas). */
    public static Arbitrary<String> tags() {
        return Arbitraries.strings().withChars("abcxyz019-_:.,é ").ofMinLength(1).ofMaxLength(8).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    /** Graphs of one to eight services, without scenarios. */
    public static Arbitrary<Graph> graphs() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> Arbitraries.shuffle(ID_POOL).map(ids -> ids.subList(0, n)))
                .flatMap(ids -> Combinators.combine(
                        services(ids).list().ofSize(ids.size()),
                        words(), words(), tags().list().ofMaxSize(2))
                        .as((drafts, name, description, sources) -> {
                            List<Service> services = new ArrayList<>();
                            for (int i = 0; i < ids.size(); i++) {
                                services.add(drafts.get(i).apply(ids.get(i)));
                            }
                            return new Graph(name, description, sources, services, List.of());
                        }));
    }

    private static Arbitrary<java.util.function.Function<String, Service>> services(List<String> ids) {
        Arbitrary<Clause> clause = Combinators.combine(
                Arbitraries.subsetOf(ids).ofMinSize(1).map(List::copyOf),
                Arbitraries.integers().between(1, 8),
                Arbitraries.of(true, false),
                Arbitraries.of(Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), Duration.ofSeconds(90)),
                Arbitraries.of("", "", "clients cache DNS", "line one\nline two"))
                .as((members, need, soft, delay, note) -> new Clause(members.stream().map(ServiceId::of).toList(),
                        Math.min(need, members.size()), soft, delay, note));
        return Combinators.combine(
                Combinators.combine(words(), Arbitraries.of(Kind.values()), words().injectNull(0.5),
                        words().injectNull(0.5), words().injectNull(0.5)).as(java.util.Arrays::asList),
                tags().list().ofMaxSize(3),
                Arbitraries.of(0.0, 1.0, 2.5, 1e-7, 123456.789, 3.0),
                Arbitraries.of(true, false),
                Arbitraries.of(1.0, 1.0, 0.999, 0.5, 0.99995),
                clause.list().ofMaxSize(3),
                Arbitraries.of("", "", "Takes the orders & <pays>", "line one\nline two"))
                .as((fields, tags, weight, customerFacing, availability, clauses, description) -> id -> {
                    Service.Builder b = Service.builder(id).label((String) fields.get(0)).kind((Kind) fields.get(1))
                            .region((String) fields.get(2)).zone((String) fields.get(3)).group((String) fields.get(4))
                            .tags(tags.toArray(String[]::new)).weight(weight).customerFacing(customerFacing)
                            .availability(availability).description(description);
                    for (Clause c : clauses) {
                        List<ServiceId> members = c.members().stream().filter(m -> !m.value().equals(id)).toList();
                        if (!members.isEmpty()) {
                            b.dependsOn(new Clause(members, Math.min(c.need(), members.size()), c.soft(), c.delay(), c.note()));
                        }
                    }
                    return b.build();
                });
    }
}
