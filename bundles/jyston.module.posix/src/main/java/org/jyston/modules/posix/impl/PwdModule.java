package org.jyston.modules.posix.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jyston.api.ModuleProvider;
import org.jyston.api.object.Derived;
import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.StructSequence;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code pwd} module from {@code /etc/passwd} (what {@code getpwent} reads on a system without
 * other name services).
 */
@Component(service = ModuleProvider.class)
public class PwdModule implements ModuleProvider {
    @Override
    public String name() {
        return "pwd";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "This module provides access to the Unix password database.\n"
                + "It is available on all Unix versions.\n\n"
                + "Password database entries are reported as 7-tuples containing the following\n"
                + "items from the password database (see `<pwd.h>'), in order:\n"
                + "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
                + "The uid and gid items are integers, all others are strings. An\n"
                + "exception is raised if the entry asked for cannot be found.");
        StructSequence type = StructSequence.define("pwd", "struct_passwd", 7,
                new String[] {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, null);
        d.put("struct_passwd", type.type());
        Args.fn(d, "getpwuid", (a, kw) -> {
            Args.exact("pwd.getpwuid", a, kw, 1);
            Object v = Derived.unwrap(a[0]);
            if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean)) {
                throw Errors.typeError("uid should be integer, not " + Op.typeName(a[0]));
            }
            Object n = Op.index(v);
            if (n instanceof Long uid && uid >= 0 && uid <= 0xFFFFFFFFL) {
                for (String[] e : entries()) {
                    if (e[2].equals(Long.toString(uid))) {
                        return entry(type, e);
                    }
                }
                throw Errors.raise(Errors.KeyError, "getpwuid(): uid not found: " + uid);
            }
            throw Errors.raise(Errors.KeyError, "getpwuid(): uid not found");
        });
        Args.fn(d, "getpwnam", (a, kw) -> {
            Object[] v = Args.parse("getpwnam", a, kw, new String[] {"name"}, 1, 1, 1);
            if (!(Derived.unwrap(v[0]) instanceof String name)) {
                throw Errors.typeError("getpwnam() argument must be str, not " + Op.typeName(v[0]));
            }
            for (String[] e : entries()) {
                if (e[0].equals(name)) {
                    return entry(type, e);
                }
            }
            throw Errors.raise(Errors.KeyError, "getpwnam(): name not found: " + Op.repr(name));
        });
        Args.fn(d, "getpwall", (a, kw) -> {
            Args.none("pwd.getpwall", a, kw);
            List<Object> all = new ArrayList<>();
            for (String[] e : entries()) {
                all.add(entry(type, e));
            }
            return new PyList(all.toArray());
        });
    }

    private static List<String[]> entries() {
        List<String[]> out = new ArrayList<>();
        for (String line : PosixModule.lines("/etc/passwd")) {
            String[] f = line.split(":", -1);
            if (f.length == 7 && !line.startsWith("#") && !line.startsWith("+") && !line.startsWith("-")) {
                out.add(f);
            }
        }
        return out;
    }

    private static Object entry(StructSequence type, String[] f) {
        return type.make(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4], f[5], f[6]);
    }
}
