package org.jyston.types.example.impl;

/**
 * The Java representation of the Python type {@code vector}: an immutable 2-D vector of floats. It
 * does not implement {@code PyObject}; its Python type is found through the registry from the class,
 * so when this bundle goes away, values left behind report "no Python type" instead of pinning the
 * bundle's class loader through a type reference.
 */
public record Vector(double x, double y) {}
