package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jyston.api.ast.Node;

/**
 * One scope of CPython's symbol table: a module, a class body, or a function-like block (function,
 * lambda, comprehension). After {@link ScopeBuilder} has run, {@link #access} says how each name is
 * reached, and function-like scopes have their frame layout: parameters, other locals, then the
 * free variables taken from the closure. Cell variables are locals whose slot holds a {@link Cell}.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How code in this scope reaches a name. */
    enum Access {
        /** A plain local slot. */
        FAST,
        /** A slot holding a cell (a local captured by an inner scope, or a free variable). */
        DEREF,
        /** The module's globals, then builtins. */
        GLOBAL,
        /** The namespace being built (class body), then globals, then builtins. */
        NAME,
        /** A class body reading a variable of an enclosing function: the class namespace first, then the cell. */
        CLASS_DEREF
    }

    final Kind kind;
    final String name;
    final Scope parent;
    final Map<Node, Scope> children = new IdentityHashMap<>();
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new HashSet<>();
    final Set<String> declaredNonlocal = new HashSet<>();
    final List<String> params = new ArrayList<>();
    /** Names with an annotation in this scope (they cannot then be declared global or nonlocal). */
    final Set<String> annotated = new HashSet<>();
    /** The body holds an annotated assignment: a module or class body then starts by making {@code __annotations__}. */
    boolean hasAnnotations;
    /** Where each nonlocal name was declared: the position its "no binding" error reports. */
    final Map<String, org.jyston.api.ast.Pos> nonlocalAt = new java.util.HashMap<>();
    final Map<String, org.jyston.api.ast.Pos> globalAt = new java.util.HashMap<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    /** Frame slots of a function-like scope: parameters, locals, then free variables. */
    final Map<String, Integer> slots = new LinkedHashMap<>();
    boolean isGenerator;
    boolean isCoroutine;
    boolean isComprehension;
    /** Uses {@code super} or {@code __class__}: the enclosing class provides a {@code __class__} cell. */
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** Bound here and not declared global or nonlocal: a local of this scope. */
    boolean isLocal(String n) {
        return bound.contains(n) && !declaredGlobal.contains(n) && !declaredNonlocal.contains(n);
    }

    Access access(String n) {
        switch (kind) {
            case MODULE:
                // As CPython's LOAD_NAME/STORE_NAME: the namespace is the globals, unless exec() gave
                // separate locals; declared globals go to the globals either way.
                return declaredGlobal.contains(n) ? Access.GLOBAL : Access.NAME;
            case CLASS:
                if (declaredGlobal.contains(n)) {
                    return Access.GLOBAL;
                }
                if (frees.contains(n) && !isLocal(n) && !n.equals("__class__")) {
                    return Access.CLASS_DEREF;
                }
                return Access.NAME;
            default:
                if (cells.contains(n) || frees.contains(n)) {
                    return Access.DEREF;
                }
                if (isLocal(n)) {
                    return Access.FAST;
                }
                return Access.GLOBAL;
        }
    }

    int slot(String n) {
        Integer s = slots.get(n);
        if (s == null) {
            throw new IllegalStateException("no slot for " + n + " in " + name);
        }
        return s;
    }

    /** Gives every local and free variable of a function-like scope its frame slot. */
    void layout() {
        if (kind == Kind.MODULE) {
            return;
        }
        if (kind == Kind.CLASS) {
            for (String c : cells) {
                slots.putIfAbsent(c, slots.size());
            }
            for (String f : frees) {
                slots.putIfAbsent(f, slots.size());
            }
            return;
        }
        for (String p : params) {
            slots.putIfAbsent(p, slots.size());
        }
        for (String b : bound) {
            if (isLocal(b)) {
                slots.putIfAbsent(b, slots.size());
            }
        }
        for (String c : cells) {
            slots.putIfAbsent(c, slots.size());
        }
        for (String f : frees) {
            slots.putIfAbsent(f, slots.size());
        }
    }

    /** Slots of cell variables, which get a fresh cell when a frame starts. */
    int[] cellSlots() {
        int[] out = new int[cells.size()];
        int i = 0;
        for (String c : cells) {
            out[i++] = slot(c);
        }
        return out;
    }

    /** Slots of free variables, in the order the closure supplies them. */
    int[] freeSlots() {
        int[] out = new int[frees.size()];
        int i = 0;
        for (String f : frees) {
            out[i++] = slot(f);
        }
        return out;
    }
}
