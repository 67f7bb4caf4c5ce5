package dev.blastmap.model;

import java.util.Arrays;
import java.util.Optional;

/** What a service is, which decides how it is drawn. Written in files by its {@link #id()}. */
public enum Kind {
    DNS("dns"),
    LOAD_BALANCER("load-balancer"),
    DATABASE("database"),
    STORAGE("storage"),
    QUEUE("queue"),
    COMPUTE("compute"),
    SERVICE("service"),
    APP("app"),
    NETWORK("network"),
    IDENTITY("identity"),
    CONTROL_PLANE("control-plane"),
    EXTERNAL("external"),
    OTHER("other");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** The name used in files and selectors, for example {@code load-balancer}. */
    public String id() {
        return id;
    }

    /** The kind written as {@code id}, or empty if there is none. */
    public static Optional<Kind> parse(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
