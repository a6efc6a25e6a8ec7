package org.jyston.api.object;

/** The representation of {@code slice}: {@code start}, {@code stop}, {@code step}, any of them None. */
public record PySlice(Object start, Object stop, Object step) {}
