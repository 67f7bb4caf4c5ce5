package dev.blastmap.io.assemble;

import dev.blastmap.model.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A service as a reader finds it, before the graph is built: every field may still change as later lines of
 * the file add attributes. Readers get one from {@link GraphAssembler#node(String, int)}.
 */
public final class NodeDraft {

    private final String id;
    private final int line;
    private String label;
    private int labelRank = Integer.MAX_VALUE;
    private Kind kind;
    private String region;
    private String zone;
    private String group;
    private final Set<String> tags = new LinkedHashSet<>();
    private double weight = 1;
    private boolean customerFacing;
    private double availability = 1;
    private String description;
    private boolean isGroup;
    final List<EdgeDraft> edges = new ArrayList<>();

    NodeDraft(String id, int line) {
        this.id = id;
        this.line = line;
    }

    /** The id as read, stripped of surrounding white space. */
    public String id() {
        return id;
    }

    /** The line the node was first seen on, or 0. */
    public int line() {
        return line;
    }

    /** Sets the label, replacing any label set before. */
    public NodeDraft label(String value) {
        return label(value, 0);
    }

    /**
     * Sets the label unless a label of a better (lower) rank is already set; lets {@code label} win over
     * {@code name} whatever their order in the file.
     */
    public NodeDraft label(String value, int rank) {
        if (value != null && !value.isBlank() && rank <= labelRank) {
            label = value;
            labelRank = rank;
        }
        return this;
    }

    /** The label, or null if none was set. */
    public String label() {
        return label;
    }

    /** Sets the kind. */
    public NodeDraft kind(Kind value) {
        kind = value;
        return this;
    }

    /** The kind, or null if none was set. */
    public Kind kind() {
        return kind;
    }

    /** Sets the region. */
    public NodeDraft region(String value) {
        region = value;
        return this;
    }

    /** Sets the availability zone. */
    public NodeDraft zone(String value) {
        zone = value;
        return this;
    }

    /** Sets the group. */
    public NodeDraft group(String value) {
        group = value;
        return this;
    }

    /** The group, or null if none was set. */
    public String group() {
        return group;
    }

    /** Adds a tag; blank tags are ignored. */
    public NodeDraft tag(String value) {
        if (value != null && !value.isBlank()) {
            tags.add(value.strip());
        }
        return this;
    }

    /** Sets the weight; the caller has checked that it is finite and at least 0. */
    public NodeDraft weight(double value) {
        weight = value;
        return this;
    }

    /** Sets whether customers use it directly. */
    public NodeDraft customerFacing(boolean value) {
        customerFacing = value;
        return this;
    }

    /** Sets the probability that it is up on its own; the caller has checked that 0 &lt; value ≤ 1. */
    public NodeDraft availability(double value) {
        availability = value;
        return this;
    }

    /** Sets what the service is and does, replacing any description set before. */
    public NodeDraft description(String value) {
        description = value;
        return this;
    }

    /**
     * Marks this node as a box that holds other nodes (a yEd group, a Cytoscape compound parent, a Kiali box)
     * rather than a service: it is left out of the graph.
     */
    public NodeDraft markGroup() {
        isGroup = true;
        return this;
    }

    /** True if this node is a box, not a service. */
    public boolean isGroup() {
        return isGroup;
    }

    String regionValue() {
        return region;
    }

    String zoneValue() {
        return zone;
    }

    List<String> tagList() {
        return List.copyOf(tags);
    }

    double weightValue() {
        return weight;
    }

    boolean customerFacingValue() {
        return customerFacing;
    }

    double availabilityValue() {
        return availability;
    }

    String descriptionValue() {
        return description;
    }
}
