package dev.blastmap.io.json;

import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.util.Arrays;

/**
 * Every service id a document names, each held once and numbered in the order it is first named, with the
 * place where a service defines it. Clauses refer to services by these numbers while the document is read, and
 * every clause of the model shares the one {@link ServiceId} of its service rather than a copy per mention: a
 * million services with five million dependencies would otherwise hold five million more ids.
 *
 * <p>An open-addressing table from the id's text to its number: no object per entry, no boxing.
 */
final class IdTable {

    private ServiceId[] ids = new ServiceId[256];
    /** Where each id is defined (packed by {@link JsonReaderPosition}), or 0 while no service defines it. */
    private long[] definedAt = new long[256];
    /** For each id, the last list it was seen in, to find members listed twice without hashing. */
    private int[] lastList = new int[256];
    /** For each id, the plain dependency on it, made when first needed and then shared by every service. */
    private Clause[] plainClauses = new Clause[256];
    /**
     * The open-addressing table, one long per slot: the id's hash code in the high half and its number plus one
     * in the low half, 0 for empty; with {@link #keys}, the id's text in the same slot. A probe compares hash
     * codes in the table itself and follows the text only on a match: a lookup among a million ids costs a few
     * cache misses, not one per object on the way to the text.
     */
    private long[] slots = new long[512];
    private String[] keys = new String[512];
    private int size;

    /** The number of {@code text}, given a new number if it has not been named before. */
    int intern(String text) {
        int hash = text.hashCode();
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
            if ((int) (entry >>> 32) == hash && keys[slot].equals(text)) {
                return (int) entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            definedAt = Arrays.copyOf(definedAt, capacity);
            lastList = Arrays.copyOf(lastList, capacity);
            plainClauses = Arrays.copyOf(plainClauses, capacity);
        }
        ids[size] = ServiceId.of(text);
        keys[slot] = text;
        slots[slot] = entry(hash, ++size);
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    private static long entry(int hash, int numberPlusOne) {
        return ((long) hash << 32) | numberPlusOne;
    }

    /** The id numbered {@code number}. */
    ServiceId id(int number) {
        return ids[number];
    }

    /**
     * The plain dependency on the id numbered {@code number} ({@link Clause#on}): one value shared by every
     * service that has it, as most clauses of a large graph are such.
     */
    Clause plainClause(int number) {
        Clause clause = plainClauses[number];
        if (clause == null) {
            clause = Clause.on(ids[number]);
            plainClauses[number] = clause;
        }
        return clause;
    }

    /**
     * Records that a service defines the id numbered {@code number} at {@code position}.
     *
     * @return 0 if this is the first definition, else where the first one is (packed)
     */
    long define(int number, long position) {
        long first = definedAt[number];
        if (first == 0) {
            definedAt[number] = position;
        }
        return first;
    }

    /** True if a service defines the id numbered {@code number}. */
    boolean isDefined(int number) {
        return definedAt[number] != 0;
    }

    /** True if a service defines this id. */
    boolean isDefined(ServiceId id) {
        int number = find(id.value());
        return number >= 0 && isDefined(number);
    }

    /** Where the id numbered {@code number} is defined (packed), or 0. */
    long definedAt(int number) {
        return definedAt[number];
    }

    /**
     * True the first time the id numbered {@code number} is seen in list {@code list}; lists are numbered from 1
     * by the caller, each list with a new number.
     */
    boolean firstInList(int number, int list) {
        if (lastList[number] == list) {
            return false;
        }
        lastList[number] = list;
        return true;
    }

    private int find(String text) {
        int hash = text.hashCode();
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if ((int) (slots[slot] >>> 32) == hash && keys[slot].equals(text)) {
                return (int) slots[slot] - 1;
            }
        }
        return -1;
    }

    private void rehash() {
        long[] grown = new long[slots.length * 2];
        String[] grownKeys = new String[grown.length];
        int mask = grown.length - 1;
        for (int number = 0; number < size; number++) {
            String text = ids[number].value();
            int hash = text.hashCode();
            int slot = spread(hash) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = entry(hash, number + 1);
            grownKeys[slot] = text;
        }
        slots = grown;
        keys = grownKeys;
    }

    /**
     * Mixes a hash code so that ids differing only in a counter ({@code svc-1}, {@code svc-2}, ...), whose
     * String hash codes are consecutive, do not fill runs of neighbouring slots that linear probing then
     * crawls along; the multiplier is the golden ratio's (Fibonacci hashing).
     */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
