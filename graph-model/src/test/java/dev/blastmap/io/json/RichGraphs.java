package dev.blastmap.io.json;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of small valid graphs that use every field of the format with awkward values: strings
 * with quotes, backslashes, control characters, line separators and non-ASCII text; fractional, zero,
 * negative-zero and huge weights; durations with nanoseconds; times with odd offsets; scenarios.
 * (The engine's {@code RandomGraphs} covers the structure; this covers the text.)
 */
final class RichGraphs {

    private RichGraphs() {
    }

    /** Graphs of 0 to 6 services, with 0 to 2 scenarios. */
    static Arbitrary<Graph> graphs() {
        return Arbitraries.integers().between(0, 6).flatMap(n -> {
            Arbitrary<List<String>> ids = ids().list().ofSize(n).uniqueElements();
            return ids.flatMap(RichGraphs::graphWithIds);
        });
    }

    private static Arbitrary<Graph> graphWithIds(List<String> idValues) {
        List<ServiceId> ids = idValues.stream().map(ServiceId::of).toList();
        Arbitrary<List<Service>> services = Combinators.combine(
                idValues.stream().map(id -> service(id, ids)).toList()).as(list -> list);
        Arbitrary<List<Scenario>> scenarios = ids.isEmpty() ? Arbitraries.just(List.of())
                : scenario(ids).list().ofMaxSize(2).uniqueElements(Scenario::id);
        return Combinators.combine(text(), text(), text().list().ofMaxSize(2), services, scenarios)
                .as(Graph::new);
    }

    private static Arbitrary<Service> service(String id, List<ServiceId> all) {
        List<ServiceId> others = all.stream().filter(o -> !o.value().equals(id)).toList();
        Arbitrary<List<Clause>> clauses = others.isEmpty() ? Arbitraries.just(List.of())
                : clause(others).list().ofMaxSize(3);
        Arbitrary<String> optional = Arbitraries.oneOf(Arbitraries.just(null), text());
        Arbitrary<Service.Builder> base = Combinators.combine(optional, Arbitraries.of(Kind.class), optional,
                optional, optional, text().list().ofMaxSize(3), optional)
                .as((label, kind, region, zone, group, tags, description) ->
                Service.builder(id).label(label).kind(kind).region(region).zone(zone).group(group)
                        .tags(tags.toArray(String[]::new)).description(description));
        return Combinators.combine(base, weight(), Arbitraries.of(true, false), availability(), clauses)
                .as((b, w, cf, a, cs) -> {
            b.weight(w).customerFacing(cf).availability(a);
            cs.forEach(b::dependsOn);
            return b.build();
        });
    }

    private static Arbitrary<Clause> clause(List<ServiceId> others) {
        Arbitrary<List<ServiceId>> members = Arbitraries.of(others).list().ofMinSize(1)
                .ofMaxSize(Math.min(4, others.size())).uniqueElements();
        return members.flatMap(m -> Combinators.combine(Arbitraries.integers().between(1, m.size()),
                Arbitraries.of(true, false), duration(), Arbitraries.oneOf(Arbitraries.just(""), text()))
                .as((need, soft, delay, note) -> new Clause(m, need, soft, delay, note)));
    }

    private static Arbitrary<Scenario> scenario(List<ServiceId> ids) {
        Arbitrary<List<ServiceId>> someIds = Arbitraries.of(ids).list().ofMaxSize(3);
        Arbitrary<OffsetDateTime> time = Arbitraries.oneOf(Arbitraries.just(null), dateTime());
        Arbitrary<Step> step = Combinators.combine(time, text(), text(), someIds, someIds, someIds).as(Step::new);
        return Combinators.combine(ids(), Arbitraries.oneOf(Arbitraries.just(""), text()), text(),
                step.list().ofMaxSize(3)).as(Scenario::new);
    }

    /** Valid ids: no blank ones, no surrounding white space, some with odd characters. */
    static Arbitrary<String> ids() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.')
                .ofMinLength(1).ofMaxLength(8);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, plain),
                net.jqwik.api.Tuple.of(1, text().filter(s -> !s.isBlank() && s.strip().equals(s))));
    }

    /** Any text, including the characters JSON must escape. */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~')
                .withChars('"', '\\', '\n', '\t', '\u0000', '\u001f', '\u2028', '\u2029', 'é', '→', '\uD83D', '\uDE00')
                .ofMaxLength(12);
    }

    private static Arbitrary<Double> weight() {
        return Arbitraries.oneOf(Arbitraries.of(1.0, 0.0, -0.0, 0.5, 1e300, Double.MIN_VALUE, 4.9e15, 123456.789),
                Arbitraries.doubles().between(0, 1e6));
    }

    private static Arbitrary<Double> availability() {
        return Arbitraries.oneOf(Arbitraries.of(1.0, 0.999, 0.99999, Double.MIN_VALUE, Math.nextDown(1.0), 1e-300),
                Arbitraries.doubles().between(0, 1).filter(a -> a > 0));
    }

    private static Arbitrary<Duration> duration() {
        return Arbitraries.oneOf(Arbitraries.just(Duration.ZERO),
                Arbitraries.longs().between(0, 400_000).map(Duration::ofSeconds),
                Arbitraries.longs().between(0, 10_000_000_000L).map(Duration::ofNanos));
    }

    private static Arbitrary<OffsetDateTime> dateTime() {
        Arbitrary<Instant> instant = Arbitraries.longs().between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.of(0, 500_000_000, 123).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<ZoneOffset> offset = Arbitraries.integers().between(-18 * 3600, 18 * 3600)
                .map(ZoneOffset::ofTotalSeconds);
        return Combinators.combine(instant, offset).as((i, o) -> OffsetDateTime.ofInstant(i, o));
    }
}
