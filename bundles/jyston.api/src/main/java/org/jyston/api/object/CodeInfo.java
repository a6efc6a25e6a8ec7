package org.jyston.api.object;

/** What a traceback needs to name a piece of code: its file and its name ({@code <module>}, {@code f}). */
public record CodeInfo(String filename, String name) {}
