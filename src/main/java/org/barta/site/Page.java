package org.barta.site;

import java.util.List;

/** One page of a public listing: its items, which page it is (from 1) and how many pages there are. */
public record Page<T>(List<T> items, int number, int count) {

    static <T> Page<T> of(List<T> items, int number, long total, int size) {
        return new Page<>(items, number, (int) Math.max(1, (total + size - 1) / size));
    }

    public boolean isHasPrevious() {
        return number > 1;
    }

    public boolean isHasNext() {
        return number < count;
    }
}
