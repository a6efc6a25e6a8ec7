package org.jyston.runtime.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.Slot;

/**
 * A stable merge sort using only {@code <}, for {@code sorted()} when the list type offers no
 * {@code sort} method; {@code reverse} keeps equal items in their original order, as CPython's does.
 */
final class Sorting {
    private Sorting() {}

    /** {@code list.sort(*, key=None, reverse=False)}: {@code args[0]} is the list, then keyword values. */
    static void sort(PyList list, Object[] args, String[] kwnames) {
        Object key = PyNone.None;
        boolean reverse = false;
        for (int i = 0; i < Args.nkw(kwnames); i++) {
            Object v = args[1 + i];
            switch (kwnames[i]) {
                case "key":
                    key = v;
                    break;
                case "reverse":
                    reverse = Op.indexAsLong(v, "reverse") != 0;
                    break;
                default:
                    throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for sort()");
            }
        }
        Object[] items = list.toArray();
        Object[] keys = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            keys[i] = key == PyNone.None ? items[i] : Op.call(key, items[i]);
        }
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = reverse ? order.length - 1 - i : i;
        }
        mergeSort(order, new Integer[order.length], 0, order.length, keys);
        Object[] out = new Object[items.length];
        for (int i = 0; i < out.length; i++) {
            out[reverse ? out.length - 1 - i : i] = items[order[i]];
        }
        list.setAll(out);
    }

    /** Sorts positions {@code [lo, hi)} of {@code order} by their keys, stably. */
    static void mergeSort(Integer[] order, Integer[] tmp, int lo, int hi, Object[] keys) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(order, tmp, lo, mid, keys);
        mergeSort(order, tmp, mid, hi, keys);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            // Take from the right only if it is strictly less: equal keys keep their order.
            if (Op.isTrue(Op.compare(Slot.LT, keys[order[j]], keys[order[i]]))) {
                tmp[o++] = order[j++];
            } else {
                tmp[o++] = order[i++];
            }
        }
        while (i < mid) {
            tmp[o++] = order[i++];
        }
        while (j < hi) {
            tmp[o++] = order[j++];
        }
        System.arraycopy(tmp, lo, order, lo, hi - lo);
    }
}
