package org.jyston.compiler.impl;

import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ast.Pos;
import org.jyston.api.object.ClassBuilding;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyException;

/**
 * A {@code class} statement, as {@code __build_class__} runs it: decorators and bases first, the
 * metaclass chosen, the body run in a fresh namespace, the metaclass called with the result, the
 * {@code __class__} cell filled, decorators applied.
 */
final class ClassDef extends ExprNode {
    private final String name;
    private final String qualname;
    private final FunctionCode body;
    private final ExprNode[] decorators;
    private final ExprNode[] bases;
    private final boolean[] starredBases;
    private final String[] kwnames;
    private final ExprNode[] kwvalues;
    private final int[] closureSlots;
    /** The slot of the class body's {@code __class__} cell, or -1. */
    private final int classCellSlot;
    private final Object doc;
    private final Pos pos;
    /** Each decorator expression's position (where its failing call is reported), or null. */
    Pos[] decoratorPositions;

    ClassDef(String name, String qualname, FunctionCode body, ExprNode[] decorators, ExprNode[] bases,
            boolean[] starredBases, String[] kwnames, ExprNode[] kwvalues, int[] closureSlots, int classCellSlot,
            Object doc, Pos pos) {
        this.name = name;
        this.qualname = qualname;
        this.body = body;
        this.decorators = decorators;
        this.bases = bases;
        this.starredBases = starredBases;
        this.kwnames = kwnames;
        this.kwvalues = kwvalues;
        this.closureSlots = closureSlots;
        this.classCellSlot = classCellSlot;
        this.doc = doc;
        this.pos = pos;
    }

    @Override
    Object eval(Frame f) {
        Object[] decs = new Object[decorators.length];
        for (int i = 0; i < decs.length; i++) {
            decs[i] = decorators[i].eval(f);
        }
        Object[] bs = Displays.items(bases, starredBases, f, pos);
        Object meta = null;
        List<String> kwn = new ArrayList<>();
        List<Object> kwv = new ArrayList<>();
        for (int i = 0; i < kwnames.length; i++) {
            Object v = kwvalues[i].eval(f);
            if (kwnames[i].equals("metaclass")) {
                meta = v;
            } else {
                kwn.add(kwnames[i]);
                kwv.add(v);
            }
        }
        Object cls;
        try {
            Object[] resolved = ClassBuilding.resolveBases(bs);
            meta = ClassBuilding.metaclass(meta, resolved);
            String[] kwna = kwn.toArray(new String[0]);
            Object[] kwva = kwv.toArray();
            Object prepared = ClassBuilding.prepare(meta, name, resolved, kwna, kwva);
            PyDict ns = prepared instanceof PyDict pd ? pd : new PyDict();
            Object modName = f.globals.get("__name__");
            Names.nsPut(ns, "__module__", modName == null ? org.jyston.api.object.PyNone.None : modName);
            Names.nsPut(ns, "__qualname__", qualname);
            if (doc != null) {
                Names.nsPut(ns, "__doc__", doc);
            }
            Frame cf = new Frame(body, body.nlocals, f.globals, f.builtins, ns, f.thread);
            Cell[] closure = new Cell[closureSlots.length];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (Cell) f.locals[closureSlots[i]];
            }
            body.initCells(cf, closure);
            f.thread.enter();
            try {
                body.run(cf);
            } finally {
                f.thread.exit();
            }
            cls = ClassBuilding.finish(meta, name, bs, resolved, ns, kwna, kwva);
            if (classCellSlot >= 0) {
                ((Cell) cf.locals[classCellSlot]).value = cls;
            }
        } catch (PyException e) {
            throw f.at(e, pos);
        }
        for (int i = decs.length - 1; i >= 0; i--) {
            try {
                cls = Op.call(decs[i], cls);
            } catch (PyException e) {
                // a failing decorator is reported at its own line and span, as CPython 3.11 does
                throw f.at(e, decoratorPositions == null ? pos : decoratorPositions[i]);
            }
        }
        return cls;
    }
}
