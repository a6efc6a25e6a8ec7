package org.jyston.compiler.impl;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyException;

/**
 * Makes a function object: evaluates defaults, collects the closure's cells from this frame, and
 * (for {@code def}) applies the decorators, innermost first.
 */
final class MakeFunction extends ExprNode {
    private final FunctionCode code;
    private final ExprNode[] decorators;
    /** Where each decorator is written: a failing decorator call is located there, as in CPython. */
    Pos[] decoratorPositions;
    private final ExprNode[] defaults;
    private final String[] kwdefaultNames;
    private final ExprNode[] kwdefaults;
    /** For each free variable of the new code, the slot of this frame holding its cell. */
    private final int[] closureSlots;
    private final Pos pos;
    /** Parameter and return annotations, evaluated when the function is made; empty when none. */
    String[] annotationNames = new String[0];
    ExprNode[] annotationValues = new ExprNode[0];

    MakeFunction(FunctionCode code, ExprNode[] decorators, ExprNode[] defaults, String[] kwdefaultNames,
            ExprNode[] kwdefaults, int[] closureSlots, Pos pos) {
        this.code = code;
        this.decorators = decorators;
        this.defaults = defaults;
        this.kwdefaultNames = kwdefaultNames;
        this.kwdefaults = kwdefaults;
        this.closureSlots = closureSlots;
        this.pos = pos;
    }

    @Override
    Object eval(Frame f) {
        Object[] decs = new Object[decorators.length];
        for (int i = 0; i < decs.length; i++) {
            decs[i] = decorators[i].eval(f);
        }
        Object[] defs = new Object[defaults.length];
        for (int i = 0; i < defs.length; i++) {
            defs[i] = defaults[i].eval(f);
        }
        Map<String, Object> kwdefs = null;
        if (kwdefaults.length > 0) {
            kwdefs = new LinkedHashMap<>();
            for (int i = 0; i < kwdefaults.length; i++) {
                kwdefs.put(kwdefaultNames[i], kwdefaults[i].eval(f));
            }
        }
        Cell[] closure = new Cell[closureSlots.length];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = (Cell) f.locals[closureSlots[i]];
        }
        PyFunction made = new PyFunction(code, f.globals, f.builtins, defs, kwdefs, closure);
        if (annotationNames.length > 0) {
            org.jyston.api.object.PyDict anns = new org.jyston.api.object.PyDict();
            for (int i = 0; i < annotationNames.length; i++) {
                anns.put(annotationNames[i], annotationValues[i].eval(f));
            }
            made.setAnnotations(anns);
        }
        Object fn = made;
        for (int i = decs.length - 1; i >= 0; i--) {
            try {
                fn = Op.call(decs[i], fn);
            } catch (PyException e) {
                throw f.at(e, decoratorPositions == null ? pos : decoratorPositions[i]);
            }
        }
        return fn;
    }
}
