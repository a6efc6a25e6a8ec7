package org.jyston.api.object;

/**
 * The representation of {@code complex}: two doubles. Java equality is the record's (bitwise on
 * each part); Python's {@code ==} is the type's {@code __eq__}, where {@code -0.0 == 0.0} and a NaN
 * part makes the numbers unequal.
 */
public record PyComplex(double real, double imag) {
    /** {@code 1j} and the like: the parser calls this for an imaginary literal. */
    public static PyComplex imaginary(double imag) {
        return new PyComplex(0.0, imag);
    }
}
