package org.jyston.modules.sre.impl;

import java.math.BigInteger;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyTuple;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code _sre} module: CPython 3.11's regular expression engine under the pure-Python {@code re}
 * package, which parses and compiles patterns into sre code and hands it to {@code _sre.compile}.
 */
@Component(service = ModuleProvider.class)
public class SreModule implements ModuleProvider {
    static final long MAXREPEAT = 0xFFFFFFFFL;
    static final long MAXGROUPS = 0x3FFFFFFFL;

    @Override
    public String name() {
        return "_sre";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("MAGIC", (long) Codes.MAGIC);
        d.put("CODESIZE", 4L);
        d.put("MAXREPEAT", MAXREPEAT);
        d.put("MAXGROUPS", MAXGROUPS);
        d.put("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
        d.put("compile", new PyBuiltinFunction("compile", SreModule::compile));
        d.put("getcodesize", new PyBuiltinFunction("getcodesize", (a, k) -> {
            BuiltinMethods.none("_sre.getcodesize", a, k);
            return 4L;
        }));
        charFn(d, "ascii_iscased", c -> c < 128 && Chars.asciiIsCased((int) c));
        charFn(d, "unicode_iscased", c -> c <= 0x10FFFF && c >= 0 && Chars.uniIsCased((int) c));
        charFn(d, "ascii_tolower", c -> c < 128 ? (long) Chars.asciiLower((int) c) : c);
        charFn(d, "unicode_tolower", c -> c <= 0x10FFFF && c >= 0 ? (long) Chars.uniLower((int) c) : c);
    }

    private interface CharFn {
        Object apply(long c);
    }

    /** {@code f(character, /)}: the argument converted as a C int (CPython's clinic {@code int}). */
    private static void charFn(PyDict d, String name, CharFn fn) {
        d.put(name, new PyBuiltinFunction(name, (a, k) -> {
            Object c = BuiltinMethods.one("_sre." + name, a, k);
            Object i = Op.index(c);
            if (i instanceof BigInteger || (Long) i > Integer.MAX_VALUE || (Long) i < Integer.MIN_VALUE) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            long v = (Long) i;
            // the C functions take an unsigned int: negative values wrap around
            return fn.apply(v < 0 ? v & 0xFFFFFFFFL : v);
        }));
    }

    private static final String[] COMPILE = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};

    /** {@code compile(pattern, flags, code, groups, groupindex, indexgroup)}. */
    static Object compile(Object[] args, String[] kw) {
        Object[] a = Args.parse("compile", args, kw, COMPILE, 6);
        Object pattern = a[0];
        Object fl = Op.index(a[1]);
        if (fl instanceof BigInteger || (Long) fl > Integer.MAX_VALUE || (Long) fl < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        int flags = (int) (long) (Long) fl;
        if (!(a[2] instanceof PyList list)) {
            throw Errors.typeError("compile() argument 'code' must be list, not " + Op.typeName(a[2]));
        }
        long groups = Args.ssize(a[3], 0);
        if (!(a[4] instanceof PyDict groupindex)) {
            throw Errors.typeError("compile() argument 'groupindex' must be dict, not " + Op.typeName(a[4]));
        }
        if (!(a[5] instanceof PyTuple indexgroup)) {
            throw Errors.typeError("compile() argument 'indexgroup' must be tuple, not " + Op.typeName(a[5]));
        }
        Object[] items = list.toArray();
        int[] code = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = Op.index(items[i]);
            if (v instanceof BigInteger b) {
                if (b.signum() < 0) {
                    throw Errors.overflow("can't convert negative value to unsigned int");
                }
                throw Errors.overflow("regular expression code size limit exceeded");
            }
            long l = (Long) v;
            if (l < 0) {
                throw Errors.overflow("can't convert negative value to unsigned int");
            }
            if (l > 0xFFFFFFFFL) {
                throw Errors.overflow("regular expression code size limit exceeded");
            }
            code[i] = (int) l;
        }
        int isBytes;
        Object pv = Derived.unwrap(pattern);
        if (pattern == PyNone.None) {
            isBytes = -1;
        } else if (pv instanceof String) {
            isBytes = 0;
        } else {
            isBytes = Subject.of(pattern).isBytes ? 1 : 0;
        }
        if (groups < 0 || groups > MAXGROUPS) {
            throw Errors.raise(Errors.RuntimeError, "invalid SRE code");
        }
        Validator.check(code, (int) groups);
        boolean named = groupindex.size() > 0;
        return new PatternObject(pattern, flags, code, (int) groups, named ? groupindex : null,
                named && indexgroup.size() > 0 ? indexgroup : null, isBytes);
    }
}
