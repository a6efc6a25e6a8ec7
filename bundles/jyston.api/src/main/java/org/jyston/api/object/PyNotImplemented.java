package org.jyston.api.object;

/** The representation of {@code NotImplemented}, the answer of a binary special method that declines. */
public enum PyNotImplemented {
    NotImplemented
}
