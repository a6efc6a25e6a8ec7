package org.jyston.modules.itertools.impl;

import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.jyston.api.object.PyType;
import org.jyston.api.object.TypeRef;
import org.jyston.api.object.TypeSpec;

/**
 * {@code groupby(iterable, key=None)} and its {@code _grouper}s, with CPython's protocol: the
 * groupby object holds the current key and value; a grouper yields while its target key equals the
 * current key, and only while it is the current grouper (advancing the groupby ends it).
 */
final class GroupBy extends It {
    static final String GROUPER = "itertools._grouper";
    private static final TypeRef GROUPER_TYPE = TypeRef.of(GROUPER);

    private final Object it;
    private final Object keyfunc;
    private Object tgtkey;
    private Object currkey;
    private Object currvalue;
    private Grouper currgrouper;

    GroupBy(PyType type, Object it, Object keyfunc) {
        super(type);
        this.it = it;
        this.keyfunc = keyfunc;
    }

    /** Reads the next value and its key; false at the end. */
    private boolean step() {
        Object v = Op.next(it);
        if (v == null) {
            return false;
        }
        Object k = keyfunc == PyNone.None ? v : Op.call(keyfunc, v);
        currvalue = v;
        currkey = k;
        return true;
    }

    @Override
    synchronized Object next() {
        currgrouper = null;
        for (;;) {
            if (currkey == null) {
                // nothing read yet
            } else if (tgtkey == null) {
                break;
            } else if (!Op.eq(tgtkey, currkey)) {
                break;
            }
            if (!step()) {
                return null;
            }
        }
        tgtkey = currkey;
        Grouper g = new Grouper(this, tgtkey);
        currgrouper = g;
        return PyTuple.of(currkey, g);
    }

    static TypeSpec spec() {
        return It.spec("groupby", true, (type, args, kw) -> {
            Object[] a = ClinicArgs.parse("groupby", new String[] {"iterable", "key"}, 0, 2, 1, args, kw);
            return new GroupBy(type, Op.iter(a[0]), a[1] == null ? PyNone.None : a[1]);
        }).doc("make an iterator that returns consecutive keys and groups from the iterable\n\n"
                + "  iterable\n    Elements to divide into groups according to the key function.\n"
                + "  key\n    A function for computing the group category for each element.\n"
                + "    If the key function is not specified or is None, the element itself\n"
                + "    is used for grouping.");
    }

    /** {@code itertools._grouper}: one group's items. */
    static final class Grouper extends It {
        private final GroupBy parent;
        private final Object tgtkey;

        Grouper(GroupBy parent, Object tgtkey) {
            super(GROUPER_TYPE.get());
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        Object next() {
            GroupBy gb = parent;
            synchronized (gb) {
                if (gb.currgrouper != this) {
                    return null;
                }
                if (gb.currvalue == null) {
                    if (!gb.step()) {
                        return null;
                    }
                }
                if (!Op.eq(tgtkey, gb.currkey)) {
                    return null;
                }
                Object r = gb.currvalue;
                gb.currvalue = null;
                return r;
            }
        }

        static TypeSpec spec() {
            return It.spec("_grouper", false, (type, args, kw) -> {
                ClinicArgs.noKw("_grouper", kw);
                ClinicArgs.positional("_grouper", args.length, 2, 2);
                if (!(args[0] instanceof GroupBy g)) {
                    throw Errors.typeError("_grouper() argument 1 must be itertools.groupby, not " + Op.typeName(args[0]));
                }
                return new Grouper(g, args[1]);
            });
        }
    }
}
