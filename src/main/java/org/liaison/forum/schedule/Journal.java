package org.liaison.forum.schedule;

import java.util.Arrays;

/**
 * Places and removals made on the {@link Board} while recording, as pairs ((meeting << 1 | placed),
 * slot), so that a chain that loses weight can be taken back ({@link Board#undoTo}).
 */
final class Journal {

    int[] entries = new int[64];
    /** Entries used, or -1 when not recording. */
    int size = -1;

    boolean recording() {
        return size >= 0;
    }

    void start() {
        size = 0;
    }

    void stop() {
        size = -1;
    }

    void log(int entry, int s) {
        if (size + 2 > entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[size++] = entry;
        entries[size++] = s;
    }
}
