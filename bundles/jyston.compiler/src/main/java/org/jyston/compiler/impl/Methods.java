package org.jyston.compiler.impl;

import org.jyston.api.object.Op;
import org.jyston.api.object.PySlotWrapper;

/** Calling a method found on a type with the instance as its first argument. */
final class Methods {
    private Methods() {}

    static Object callUnbound(Object method, Object self, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        if (method instanceof PySlotWrapper w) {
            return w.invoke(all, null);
        }
        return Op.call(method, all, null);
    }
}
