package dev.blastmap.policy;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of one rule on one subject: one knockout, one protected service, or one domain.
 *
 * @param subject     what was checked: a service id or a domain such as {@code zone:use1-az1}
 * @param service     the service a report points at (the service knocked out, the service protected, or the
 *                    first customer-facing service lost), or null when there is none
 * @param passed      true if the rule holds for this subject
 * @param message     one sentence saying what was found, naming the services
 * @param services    the services the message is about (culprits or services lost), at most a few dozen
 * @param causeChains "why is this down" chains, each from the lost service back to the one knocked out
 */
public record Finding(String subject, ServiceId service, boolean passed, String message, List<ServiceId> services,
                      List<List<ServiceId>> causeChains) {

    /** Validates the finding and copies the lists. */
    public Finding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        services = List.copyOf(services);
        causeChains = causeChains.stream().map(List::copyOf).toList();
    }

    /** A finding for a subject the rule holds for. */
    static Finding pass(String subject, ServiceId service, String message) {
        return new Finding(subject, service, true, message, List.of(), List.of());
    }

    /** A chain as text: {@code web ← api ← db}. */
    public static String chainText(List<ServiceId> chain) {
        return String.join(" ← ", chain.stream().map(ServiceId::value).toList());
    }
}
