# _heapq and _bisect: results, comparisons and errors
import _heapq as H
import _bisect as B

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    H.heappush(h, v)
print(h, [H.heappop(h) for _ in range(4)], h)
print(H.heapreplace(h, 4), h, H.heappushpop(h, 0), H.heappushpop(h, 10), h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
H.heapify(l)
print(l)
H._heapify_max(l)
print(l, H._heappop_max(l), H._heapreplace_max(l, -1), l)
print(H.heappushpop([], 1), sorted([H.heappop(x) for x in [[1], [2]]]))
t = [(2, 'b'), (1, 'z'), (1, 'a')]
H.heapify(t)
print([H.heappop(t) for _ in range(3)])
show(lambda: H.heappush(1, 2))
show(lambda: H.heappush([1]))
show(lambda: H.heappop(1))
show(lambda: H.heappop([]))
show(lambda: H.heapify(1))
show(lambda: H.heapreplace([], 1))
show(lambda: H.heappushpop(1, 1))
show(lambda: H._heappop_max([]))
show(lambda: H._heapify_max(1))
show(lambda: H.heappush([1], 'a'))
show(lambda: H.heappush(heap=[1], item=2))

class Lt:
    def __init__(self, h):
        self.h = h
    def __lt__(self, o):
        self.h.append(0)
        return True

hh = [1, 2, 3]
show(lambda: H.heappush(hh, Lt(hh)))
print(H.__doc__.splitlines()[0], H.__about__.splitlines()[0], len(H.__about__))
a = [1, 2, 2, 2, 3, 5, 8]
print([B.bisect_right(a, x) for x in [0, 1, 2, 4, 8, 9]], [B.bisect_left(a, x) for x in [0, 1, 2, 4, 8, 9]])
print(B.bisect_right(a, 2, 2), B.bisect_left(a, 2, 0, 2), B.bisect_right(a, 2, hi=3), B.bisect_left(a, 5, lo=1, hi=None))
print(B.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]), B.bisect_right('abcde', 'c'), B.bisect_left(range(100), 37))
B.insort_right(a, 2)
B.insort_left(a, 4)
B.insort_right(a, 0, 0, 0)
print(a)
pairs = [(1, 'x'), (5, 'y')]
B.insort_left(pairs, (3, 'z'), key=lambda p: p[0])
print(pairs)

class MyList(list):
    def insert(self, i, v):
        print('insert', i, v)
        super().insert(i, v)

m = MyList([1, 3])
B.insort_right(m, 2)
print(m)
show(lambda: B.bisect_right())
show(lambda: B.bisect_right([1], 1, -1))
show(lambda: B.bisect_right([1], 1, 'a'))
show(lambda: B.bisect_right([1], 1, 0, 'a'))
show(lambda: B.bisect_right(1, 1))
show(lambda: B.bisect_left([1, 2, 3], 2, 0, 10))
show(lambda: B.insort_left((1,), 1))
show(lambda: B.bisect_right([1], 1, foo=1))
show(lambda: B.bisect_right([1], 1, 0, 1, 2))
show(lambda: B.bisect_right([1, 'a'], 2))
print(B.__doc__)
