package org.jyston.modules.array.impl;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.ClinicArgs;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyBytes;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.PyType;
import org.osgi.service.component.annotations.Component;

/** {@code array}: the {@code array} type, {@code typecodes} and the pickle helper {@code _array_reconstructor}. */
@Component(service = ModuleProvider.class)
public class ArrayModule implements ModuleProvider {
    /** {@code _array_reconstructor(arraytype, typecode, mformat_code, items)}, which pickles name. */
    static final PyBuiltinFunction RECONSTRUCTOR = new PyBuiltinFunction("_array_reconstructor",
            ArrayModule::reconstruct);

    @Override
    public String name() {
        return "array";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", Docs.MODULE);
        PyType t = ArrayTypes.ARRAY_TYPE.get();
        d.put("array", t);
        d.put("ArrayType", t);
        d.put("typecodes", TypeCode.CODES);
        d.put("_array_reconstructor", RECONSTRUCTOR);
        RECONSTRUCTOR.setModule(module);
        registerAsMutableSequence(t);
    }

    /** As CPython's module initialisation: {@code collections.abc.MutableSequence.register(array)}. */
    private static void registerAsMutableSequence(PyType t) {
        org.jyston.api.object.FrameView f = org.jyston.api.object.PyThreadState.current().frame;
        Object imp = f == null ? null : f.builtins().get("__import__");
        if (imp == null) {
            return; // imported from Java with no Python frame: nothing to import with
        }
        Object collections = Op.call(imp, "collections.abc");
        Object abc = Op.getattr(Op.getattr(collections, "abc"), "MutableSequence");
        Op.call(Op.getattr(abc, "register"), t);
    }

    /** Machine format codes: size, signedness, big-endian, kind (0 int, 1 float, 2 utf-16, 3 utf-32). */
    private static final int[][] FORMATS = {
        {1, 0, 0, 0}, {1, 1, 0, 0}, {2, 0, 0, 0}, {2, 0, 1, 0}, {2, 1, 0, 0}, {2, 1, 1, 0}, {4, 0, 0, 0},
        {4, 0, 1, 0}, {4, 1, 0, 0}, {4, 1, 1, 0}, {8, 0, 0, 0}, {8, 0, 1, 0}, {8, 1, 0, 0}, {8, 1, 1, 0},
        {4, 1, 0, 1}, {4, 1, 1, 1}, {8, 1, 0, 1}, {8, 1, 1, 1}, {2, 0, 0, 2}, {2, 0, 1, 2}, {4, 0, 0, 3},
        {4, 0, 1, 3}};

    private static Object reconstruct(Object[] a, String[] kw) {
        ClinicArgs.noKw("_array_reconstructor", kw);
        ClinicArgs.positional("_array_reconstructor", a.length, 4, 4);
        if (!(a[0] instanceof PyType type)) {
            throw Errors.typeError("first argument must be a type object, not " + Op.typeName(a[0]));
        }
        if (!type.isSubtypeOf(ArrayTypes.ARRAY_TYPE.get())) {
            throw Errors.typeError(type.getName() + " is not a subtype of array.array");
        }
        Object tc = Derived.unwrap(a[1]);
        if (!(tc instanceof String s) || s.length() != 1) {
            throw Errors.typeError("_array_reconstructor() argument 2 must be a unicode character, not "
                    + Op.typeName(a[1]));
        }
        TypeCode code = TypeCode.of(s.charAt(0));
        if (code == null) {
            throw Errors.valueError("second argument must be a valid type code");
        }
        long mf = ClinicArgs.exactSsize(a[2]);
        if (mf < 0 || mf >= FORMATS.length) {
            throw Errors.valueError("third argument must be a valid machine format code.");
        }
        Object ib = Derived.unwrap(a[3]);
        if (!(ib instanceof PyBytes) && !(ib instanceof byte[])) {
            throw Errors.typeError("fourth argument should be bytes, not " + Op.typeName(a[3]));
        }
        byte[] items = ib instanceof PyBytes b ? b.array() : (byte[]) ib;
        if (mf == code.machineFormat()) {
            return Op.call(type, String.valueOf(code.code), PyBytes.wrap(items));
        }
        int[] f = FORMATS[(int) mf];
        int size = f[0];
        if (items.length % size != 0) {
            throw Errors.valueError("string length not a multiple of item size");
        }
        ByteBuffer buf = ByteBuffer.wrap(items).order(f[2] == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int n = items.length / size;
        if (f[3] >= 2) { // text: decode, then make a 'u' array of it
            String str = new String(items, f[3] == 2 ? (f[2] == 1 ? java.nio.charset.StandardCharsets.UTF_16BE
                    : java.nio.charset.StandardCharsets.UTF_16LE) : java.nio.charset.Charset.forName(
                            f[2] == 1 ? "UTF-32BE" : "UTF-32LE"));
            return Op.call(type, String.valueOf(code.code), str);
        }
        Object[] values = new Object[n];
        for (int k = 0; k < n; k++) {
            if (f[3] == 1) {
                values[k] = size == 4 ? (double) buf.getFloat() : buf.getDouble();
            } else {
                long v = switch (size) {
                    case 1 -> f[1] == 1 ? buf.get() : buf.get() & 0xff;
                    case 2 -> f[1] == 1 ? buf.getShort() : buf.getShort() & 0xffff;
                    case 4 -> f[1] == 1 ? buf.getInt() : buf.getInt() & 0xffffffffL;
                    default -> buf.getLong();
                };
                values[k] = size == 8 && f[1] == 0 && v < 0 ? BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))
                        : (Object) v;
            }
        }
        TypeCode use = code;
        if (f[3] == 0) { // the native code of the same size and signedness, the last one as CPython picks
            for (TypeCode c : TypeCode.values()) {
                if (c.isInteger() && c.size == size && c.signed == (f[1] == 1)) {
                    use = c;
                }
            }
        }
        return Op.call(type, String.valueOf(use.code), new org.jyston.api.object.PyList(values));
    }
}
