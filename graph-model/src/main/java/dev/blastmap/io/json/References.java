package dev.blastmap.io.json;

import java.util.Arrays;

/**
 * Every service a document's clauses name, valid clauses or not, kept until every id is known: the id's number
 * in the {@link IdTable} and where it is written, in arrays rather than an object per mention. The JSON path of
 * a mention, needed only when one is reported, is rebuilt from the clause it belongs to (service, clause, field
 * and place in the list) instead of being kept as text for every one of millions of mentions.
 */
final class References {

    /** The forms a mention can take in a clause, which decide its path. */
    enum Field {
        /** A clause written as a bare string: {@code "dependsOn": ["db"]}. */
        BARE(null),
        /** {@code {"on": "db"}}. */
        ON("on"),
        /** A member of {@code anyOf}. */
        ANY_OF("anyOf"),
        /** A member of {@code allOf}. */
        ALL_OF("allOf"),
        /** A member of {@code of}. */
        OF("of");

        private final String name;

        Field(String name) {
            this.name = name;
        }

        /** The field named {@code name} in a clause object, for the list fields and "on". */
        static Field named(String name) {
            return switch (name) {
                case "on" -> ON;
                case "anyOf" -> ANY_OF;
                case "allOf" -> ALL_OF;
                default -> OF;
            };
        }
    }

    // one entry per mention
    private int[] targets = new int[1024];
    private long[] marks = new long[1024];
    private int size;

    // one entry per site: a clause field (or bare clause) whose mentions start at siteFirst, the first of them
    // being element siteElement of the field's list (a new site starts after an element that is not an id)
    private int[] siteService = new int[256];
    private int[] siteClause = new int[256];
    private byte[] siteField = new byte[256];
    private int[] siteFirst = new int[256];
    private int[] siteElement = new int[256];
    private int sites;

    /** How many mentions there are so far: a service's mentions are those from its start to the next. */
    int size() {
        return size;
    }

    /**
     * Starts the mentions of one field of a clause.
     *
     * @param service the service's index in {@code services}
     * @param clause  the clause's index in the service's {@code dependsOn}
     */
    void startSite(int service, int clause, Field field) {
        startSite(service, clause, (byte) field.ordinal(), 0);
    }

    private void startSite(int service, int clause, byte field, int element) {
        if (sites == siteFirst.length) {
            int capacity = sites * 2;
            siteService = Arrays.copyOf(siteService, capacity);
            siteClause = Arrays.copyOf(siteClause, capacity);
            siteField = Arrays.copyOf(siteField, capacity);
            siteFirst = Arrays.copyOf(siteFirst, capacity);
            siteElement = Arrays.copyOf(siteElement, capacity);
        }
        siteService[sites] = service;
        siteClause[sites] = clause;
        siteField[sites] = field;
        siteFirst[sites] = size;
        siteElement[sites] = element;
        sites++;
    }

    /**
     * Records a mention of the id numbered {@code target}, written at {@code mark}, in the current site.
     *
     * @param element its index in the field's list; 0 for "on" and bare clauses
     */
    void add(int target, long mark, int element) {
        int site = sites - 1;
        if (element != size - siteFirst[site] + siteElement[site]) {
            startSite(siteService[site], siteClause[site], siteField[site], element);
        }
        if (size == targets.length) {
            targets = Arrays.copyOf(targets, size * 2);
            marks = Arrays.copyOf(marks, size * 2);
        }
        targets[size] = target;
        marks[size] = mark;
        size++;
    }

    /** The id number of mention {@code index}. */
    int target(int index) {
        return targets[index];
    }

    /** Where mention {@code index} is written, with its JSON path. */
    Position position(int index) {
        int site = Arrays.binarySearch(siteFirst, 0, sites, index);
        if (site < 0) {
            site = -site - 2;
        } else {
            // sites with no mention share their first index with the next; the mention is in the last of them
            while (site + 1 < sites && siteFirst[site + 1] == index) {
                site++;
            }
        }
        Field field = Field.values()[siteField[site]];
        StringBuilder path = new StringBuilder("$.services[").append(siteService[site]).append("].dependsOn[")
                .append(siteClause[site]).append(']');
        if (field != Field.BARE) {
            path.append('.').append(field.name);
            if (field != Field.ON) {
                path.append('[').append(index - siteFirst[site] + siteElement[site]).append(']');
            }
        }
        return new Position(JsonReaderPosition.line(marks[index]), JsonReaderPosition.column(marks[index]),
                path.toString());
    }
}
