package dev.blastmap.policy;

import dev.blastmap.analysis.Selector;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which services a rule is about: {@code customer-facing}; one domain such as {@code zone:use1-az1},
 * {@code region:eu-west-1}, {@code tag:payments}, {@code kind:database}, {@code group:team-a} or a service id;
 * or every domain of a field in turn, {@code zone:*}.
 *
 * @param form     which of the three forms
 * @param selector the domain for {@link Form#ONE}, or a selector of the field with value {@code *} for
 *                 {@link Form#EACH}; null for {@link Form#CUSTOMER_FACING}
 */
public record ServiceSelector(Form form, Selector selector) {

    /** The word that selects every customer-facing service. */
    public static final String CUSTOMER_FACING = "customer-facing";

    /** The three forms a selector takes. */
    public enum Form {
        /** Every customer-facing service, as one group. */
        CUSTOMER_FACING,
        /** One domain (or one service). */
        ONE,
        /** Each value of a field in turn. */
        EACH
    }

    /** Validates the selector. */
    public ServiceSelector {
        Objects.requireNonNull(form, "form");
        if ((form == Form.CUSTOMER_FACING) != (selector == null)) {
            throw new IllegalArgumentException("only customer-facing comes without a selector");
        }
        if (form == Form.EACH && (selector.field() == Selector.Field.ID || !selector.value().equals("*"))) {
            throw new IllegalArgumentException("each needs a field and the value *, such as zone:*");
        }
    }

    /**
     * Parses a selector as written in a policy.
     *
     * @throws IllegalArgumentException if it is blank or a wildcard without a field
     */
    public static ServiceSelector parse(String text) {
        String t = text.strip();
        if (t.equals(CUSTOMER_FACING)) {
            return new ServiceSelector(Form.CUSTOMER_FACING, null);
        }
        if (t.isEmpty() || t.equals("*")) {
            throw new IllegalArgumentException("write customer-facing, a service id, or a domain such as zone:* or "
                    + "tag:payments");
        }
        Selector selector = Selector.parse(t);
        if (selector.field() != Selector.Field.ID && selector.value().equals("*")) {
            return new ServiceSelector(Form.EACH, selector);
        }
        return new ServiceSelector(Form.ONE, selector);
    }

    /** True for {@code customer-facing}. */
    public boolean isCustomerFacing() {
        return form == Form.CUSTOMER_FACING;
    }

    /**
     * The domains this selector stands for in a graph, each with its services in file order: one for
     * {@code customer-facing} and for a single domain, one per value (sorted) for a wildcard. Empty when it
     * matches nothing.
     */
    public List<Domain> domains(Graph graph) {
        return switch (form) {
            case CUSTOMER_FACING -> single(CUSTOMER_FACING, graph.services().stream()
                    .filter(Service::customerFacing).map(Service::id).toList());
            case ONE -> single(selector.toString(), graph.services().stream()
                    .filter(s -> values(selector.field(), s).contains(selector.value())).map(Service::id).toList());
            case EACH -> each(graph);
        };
    }

    /** Every service of every domain, in file order. */
    public Set<ServiceId> services(Graph graph) {
        Set<ServiceId> all = new LinkedHashSet<>();
        domains(graph).forEach(d -> all.addAll(d.services()));
        return all;
    }

    private static List<Domain> single(String name, List<ServiceId> services) {
        return services.isEmpty() ? List.of() : List.of(new Domain(name, new LinkedHashSet<>(services)));
    }

    private List<Domain> each(Graph graph) {
        Map<String, Set<ServiceId>> byValue = new TreeMap<>();
        for (Service s : graph.services()) {
            for (String value : values(selector.field(), s)) {
                byValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(s.id());
            }
        }
        String prefix = selector.field().name().toLowerCase(Locale.ROOT) + ":";
        List<Domain> domains = new ArrayList<>();
        byValue.forEach((value, services) -> domains.add(new Domain(prefix + value, services)));
        return domains;
    }

    private static List<String> values(Selector.Field field, Service s) {
        if (field == Selector.Field.TAG) {
            return s.tags();
        }
        String value = switch (field) {
            case ID -> s.id().value();
            case REGION -> s.region();
            case ZONE -> s.zone();
            case KIND -> s.kind().id();
            case GROUP -> s.group();
            case TAG -> throw new IllegalStateException("a service has many tags; handled above");
        };
        return value == null ? List.of() : List.of(value);
    }

    /** The selector in words, for reports: "customer-facing services", "each zone", "zone use1-az1". */
    public String description() {
        return switch (form) {
            case CUSTOMER_FACING -> "any customer-facing service";
            case EACH -> "any one " + selector.field().name().toLowerCase(Locale.ROOT);
            case ONE -> selector.field() == Selector.Field.ID ? "service " + selector.value()
                    : selector.field().name().toLowerCase(Locale.ROOT) + " " + selector.value();
        };
    }

    /** As written: {@code customer-facing}, {@code zone:*}, {@code tag:payments}, {@code db}. */
    @Override
    public String toString() {
        return form == Form.CUSTOMER_FACING ? CUSTOMER_FACING : selector.toString();
    }

    /**
     * A set of services that a rule treats as one: a zone, a region, a tag, ...
     *
     * @param name     as written, e.g. {@code zone:use1-az1}, or the service id for a single service
     * @param services in file order, at least one
     */
    public record Domain(String name, Set<ServiceId> services) {

        /** Validates the domain and copies the set. */
        public Domain {
            Objects.requireNonNull(name, "name");
            services = Collections.unmodifiableSet(new LinkedHashSet<>(services));
            if (services.isEmpty()) {
                throw new IllegalArgumentException("a domain holds at least one service");
            }
        }
    }
}
