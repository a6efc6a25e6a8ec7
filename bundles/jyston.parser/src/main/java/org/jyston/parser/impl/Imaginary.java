package org.jyston.parser.impl;

/**
 * The value of an imaginary literal such as {@code 2j}, until the API has a complex representation.
 * TODO: replace with the runtime's complex type when {@code jyston.api} defines one.
 */
public record Imaginary(double imag) {}
