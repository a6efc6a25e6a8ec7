package org.jyston.modules.itertools.impl;

import org.jyston.api.ModuleProvider;
import org.jyston.api.object.PyBuiltinFunction;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;
import org.jyston.api.object.TypeRef;
import org.osgi.service.component.annotations.Component;

/** {@code itertools}: the iterator types of {@link ItertoolsTypes} and {@code tee}. */
@Component(service = ModuleProvider.class)
public class ItertoolsModule implements ModuleProvider {
    private static final String[] TYPES = {"count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
        "takewhile", "filterfalse", "islice", "starmap", "pairwise", "zip_longest", "groupby", "_grouper", "_tee",
        "_tee_dataobject", "product", "permutations", "combinations", "combinations_with_replacement"};

    @Override
    public String name() {
        return "itertools";
    }

    @Override
    public void populate(PyModule module) {
        PyDict d = module.getDict();
        d.put("__doc__", "Functional tools for creating and using iterators.\n\n"
                + "Infinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\n"
                + "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
                + "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
                + "Iterators terminating on the shortest input sequence:\n"
                + "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
                + "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
                + "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
                + "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
                + "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
                + "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
                + "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
                + "islice(seq, [start,] stop [, step]) --> elements from\n"
                + "       seq[start:stop:step]\n"
                + "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
                + "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
                + "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
                + "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
                + "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
                + "Combinatoric generators:\n"
                + "product(p, q, ... [repeat=1]) --> cartesian product\n"
                + "permutations(p[, r])\n"
                + "combinations(p, r)\n"
                + "combinations_with_replacement(p, r)\n");
        for (String n : TYPES) {
            d.put(n, TypeRef.of("itertools." + n).get());
        }
        d.put("tee", Tee.function());
        for (Object k : d.keys()) {
            if (d.get(k) instanceof PyBuiltinFunction f) {
                f.setModule(module); // its __module__ and __self__, as CPython's module functions have
            }
        }
    }
}
