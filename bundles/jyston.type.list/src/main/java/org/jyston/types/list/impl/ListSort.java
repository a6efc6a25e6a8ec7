package org.jyston.types.list.impl;

import org.jyston.api.object.Errors;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyList;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.Slot;

/**
 * {@code list.sort}: a stable merge sort (binary insertion for short runs, merges skipped when the
 * halves are already in order, so sorted input costs n comparisons) that uses only {@code <}, as
 * Python promises. The list is empty while it is sorted; finding it changed afterwards raises
 * "list modified during sort". An error from a key function or a comparison leaves the list as it
 * was and propagates.
 */
final class ListSort {
    private static final int SMALL = 16;

    private final Object[] keys;

    private ListSort(Object[] keys) {
        this.keys = keys;
    }

    static void sort(PyList list, Object key, boolean reverse) {
        Object[] items;
        synchronized (list) {
            items = list.toArray();
            list.setAll(new Object[0]);
        }
        Object[] result = items;
        RuntimeException error = null;
        try {
            result = sorted(items, key, reverse);
        } catch (RuntimeException e) {
            error = e;
        }
        boolean modified;
        synchronized (list) {
            modified = list.size() != 0;
            list.setAll(result);
        }
        if (error != null) {
            throw error;
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    static Object[] sorted(Object[] items, Object key, boolean reverse) {
        int n = items.length;
        Object[] keys = items;
        if (key != PyNone.None) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Op.call(key, items[i]);
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            // Reversed sorting keeps equal items in their original order: sort the reversed list, reverse back.
            perm[i] = reverse ? n - 1 - i : i;
        }
        if (n > 1) {
            new ListSort(keys).sort(perm, new int[n], 0, n);
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[reverse ? n - 1 - i : i] = items[perm[i]];
        }
        return out;
    }

    private boolean lt(int a, int b) {
        return Op.isTrue(Op.compare(Slot.LT, keys[a], keys[b]));
    }

    private void sort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= SMALL) {
            insertion(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        sort(a, tmp, lo, mid);
        sort(a, tmp, mid, hi);
        if (!lt(a[mid], a[mid - 1])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, mid - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lt(a[j], tmp[i])) {
                a[k++] = a[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
    }

    /** Binary insertion: each item goes after every item not greater than it (stability). */
    private void insertion(int[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int x = a[i];
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(x, a[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            System.arraycopy(a, l, a, l + 1, i - l);
            a[l] = x;
        }
    }
}
