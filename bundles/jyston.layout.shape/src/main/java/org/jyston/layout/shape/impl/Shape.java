package org.jyston.layout.shape.impl;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A hidden class: the attribute names an instance has, in the order they were added, each at the
 * position equal to its rank. Shapes are immutable and form a tree from the empty root: adding a
 * name follows (or makes, once) a transition, so instances that gain the same names in the same
 * order share one shape, and an inline cache that saw a shape can trust its positions.
 */
final class Shape {
    /** Past this many attributes an instance goes dict-backed (a long linear lookup helps nobody). */
    static final int MAX_ATTRIBUTES = 64;

    /** The names, in insertion order; {@code names.length} is the number of attributes. */
    private final String[] names;
    /** The first transition, held directly: most shapes have exactly one successor. */
    private volatile String firstName;
    private volatile Shape firstNext;
    /** Any further transitions, made on demand. */
    private volatile ConcurrentHashMap<String, Shape> others;

    private Shape(String[] names) {
        this.names = names;
    }

    static Shape root() {
        return new Shape(new String[0]);
    }

    int size() {
        return names.length;
    }

    String nameAt(int index) {
        return names[index];
    }

    /** The position of {@code name}, or -1. Names from compiled code are usually the same String object. */
    int indexOf(String name) {
        String[] n = names;
        for (int i = 0; i < n.length; i++) {
            if (n[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < n.length; i++) {
            if (n[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The shape with {@code name} added at the end, or null when that would be too many attributes. */
    Shape with(String name) {
        String f = firstName;
        if (f != null && (f == name || f.equals(name))) {
            return firstNext;
        }
        ConcurrentHashMap<String, Shape> o = others;
        if (o != null) {
            Shape s = o.get(name);
            if (s != null) {
                return s;
            }
        }
        if (names.length >= MAX_ATTRIBUTES) {
            return null;
        }
        synchronized (this) {
            if (firstName == null) {
                Shape s = extend(name);
                firstNext = s; // written before firstName, which readers test first
                firstName = name;
                return s;
            }
            if (firstName.equals(name)) {
                return firstNext;
            }
            if (others == null) {
                others = new ConcurrentHashMap<>();
            }
            return others.computeIfAbsent(name, this::extend);
        }
    }

    private Shape extend(String name) {
        String[] n = java.util.Arrays.copyOf(names, names.length + 1);
        n[names.length] = name.intern();
        return new Shape(n);
    }

    @Override
    public String toString() {
        return "Shape" + java.util.Arrays.toString(names);
    }
}
