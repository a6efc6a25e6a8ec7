package org.jyston.api.object;

/** An object with an instance dictionary ({@code __dict__}). */
public interface HasDict {
    /** The dictionary, made on first use. */
    PyDict getDict();

    /** The dictionary if it exists, else null (reading attributes need not create it). */
    PyDict getDictIfPresent();
}
