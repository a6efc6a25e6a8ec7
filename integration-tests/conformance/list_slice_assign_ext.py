# list slice assignment in all forms: growing, shrinking, extended slices requiring equal length, from iterators and self, negative steps
base = list(range(8))
def show(desc, f):
    l = base[:]
    try:
        f(l)
        print(desc, l)
    except (ValueError, TypeError) as e:
        print(desc, type(e).__name__, e)
show("grow", lambda l: l.__setitem__(slice(1, 2), [10, 11, 12]))
show("shrink", lambda l: l.__setitem__(slice(1, 6), []))
show("insert", lambda l: l.__setitem__(slice(3, 3), "ab"))
show("ext ok", lambda l: l.__setitem__(slice(0, None, 2), [0] * 4))
show("ext bad", lambda l: l.__setitem__(slice(0, None, 2), [0] * 3))
show("neg step", lambda l: l.__setitem__(slice(None, None, -2), "wxyz"))
show("from iter", lambda l: l.__setitem__(slice(2, 4), iter([7, 7, 7])))
show("from gen", lambda l: l.__setitem__(slice(0, 0), (x * x for x in range(3))))
show("self", lambda l: l.__setitem__(slice(1, 3), l))
show("non-iterable", lambda l: l.__setitem__(slice(1, 3), 5))
show("empty ext", lambda l: l.__setitem__(slice(5, 2, 1), ["a"]))
show("step1 ext syntax", lambda l: l.__setitem__(slice(1, 3, 1), []))
show("del ext", lambda l: l.__delitem__(slice(None, None, 3)))
show("del neg", lambda l: l.__delitem__(slice(-1, -5, -1)))
show("clamped", lambda l: l.__setitem__(slice(100, 200), [9]))
l = [1, 2, 3]
l[1:2] = l[1:2] * 3
print(l)
l[:] = []
print(l)
