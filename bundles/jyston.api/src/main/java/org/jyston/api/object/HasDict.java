package org.jyston.api.object;

/** An object with an instance dictionary ({@code __dict__}). */
public interface HasDict {
    /** The dictionary, made on first use. */
    PyDict getDict();

    /** The dictionary if it exists, else null (reading attributes need not create it). */
    PyDict getDictIfPresent();

    /** False for instances of classes whose {@code __slots__} leave out {@code __dict__}. */
    default boolean allowsDict() {
        return true;
    }
}
