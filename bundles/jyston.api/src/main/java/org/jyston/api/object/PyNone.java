package org.jyston.api.object;

/** The representation of {@code None} (type {@code NoneType}). */
public enum PyNone {
    None
}
