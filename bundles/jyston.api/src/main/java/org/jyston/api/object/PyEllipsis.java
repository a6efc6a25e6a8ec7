package org.jyston.api.object;

/** The representation of {@code Ellipsis} ({@code ...}). */
public enum PyEllipsis {
    Ellipsis
}
