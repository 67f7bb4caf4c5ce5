package dev.blastmap.layout;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small graphs for layout and rendering tests. */
public final class SampleGraphs {

    private SampleGraphs() {
    }

    /** A web shop: apps over services over data stores, in two regions with zones. */
    public static Graph shop() {
        return Graph.of(
                Service.builder("web").label("Web storefront").kind(Kind.APP).region("eu-west-1").zone("euw1-az1")
                        .customerFacing(true).dependsOn("checkout", "catalog", "dns").build(),
                Service.builder("mobile").label("Mobile app").kind(Kind.APP).region("eu-west-1").zone("euw1-az2")
                        .customerFacing(true).dependsOn("checkout", "auth").build(),
                Service.builder("checkout").label("Checkout").kind(Kind.SERVICE).region("eu-west-1").zone("euw1-az1")
                        .dependsOn("auth", "orders-db").dependsOn(Clause.on(ServiceId.of("recommendations")).asSoft())
                        .build(),
                Service.builder("catalog").label("Catalog").region("eu-west-1").zone("euw1-az2")
                        .dependsOn(Clause.anyOf(List.of(ServiceId.of("cache-1"), ServiceId.of("cache-2")))).build(),
                Service.builder("recommendations").label("Recommendations").region("us-east-1").zone("use1-az1")
                        .dependsOn("queue").build(),
                Service.builder("auth").label("Identity (auth)").kind(Kind.IDENTITY).region("us-east-1")
                        .zone("use1-az1").dependsOn("users-db").build(),
                Service.builder("orders-db").label("Orders DB").kind(Kind.DATABASE).region("eu-west-1")
                        .zone("euw1-az1").build(),
                Service.builder("users-db").label("Users DB").kind(Kind.DATABASE).region("us-east-1")
                        .zone("use1-az2").build(),
                Service.builder("cache-1").label("Cache 1").kind(Kind.STORAGE).region("eu-west-1").zone("euw1-az1")
                        .build(),
                Service.builder("cache-2").label("Cache 2").kind(Kind.STORAGE).region("eu-west-1").zone("euw1-az2")
                        .build(),
                Service.builder("queue").label("Events queue").kind(Kind.QUEUE).region("us-east-1").zone("use1-az2")
                        .build(),
                Service.builder("dns").label("DNS").kind(Kind.DNS).build());
    }

    /** A random acyclic graph: service i depends only on services with a larger index. */
    public static Graph randomAcyclic(int size, int dependencies, long seed) {
        Random rng = new Random(seed);
        List<List<String>> deps = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            deps.add(new ArrayList<>());
        }
        for (int e = 0; e < dependencies && size > 1; e++) {
            int a = rng.nextInt(size - 1);
            int b = a + 1 + rng.nextInt(size - a - 1);
            if (!deps.get(a).contains("s" + b)) {
                deps.get(a).add("s" + b);
            }
        }
        Kind[] kinds = Kind.values();
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            services.add(Service.builder("s" + i).label("Service " + i + "x".repeat(rng.nextInt(12)))
                    .kind(kinds[rng.nextInt(kinds.length)])
                    .dependsOn(deps.get(i).toArray(String[]::new)).build());
        }
        return Graph.of(services);
    }

    /** A random graph with cycles. */
    public static Graph random(int size, int dependencies, long seed) {
        Random rng = new Random(seed);
        List<List<String>> deps = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            deps.add(new ArrayList<>());
        }
        for (int e = 0; e < dependencies && size > 1; e++) {
            int a = rng.nextInt(size);
            int b = rng.nextInt(size);
            if (a != b && !deps.get(a).contains("s" + b)) {
                deps.get(a).add("s" + b);
            }
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            services.add(Service.builder("s" + i).kind(Kind.values()[i % Kind.values().length])
                    .dependsOn(deps.get(i).toArray(String[]::new)).build());
        }
        return Graph.of(services);
    }
}
