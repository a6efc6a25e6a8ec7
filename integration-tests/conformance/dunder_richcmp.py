# Rich comparisons: reflection (__lt__ <-> __gt__), __ne__ derived from __eq__, identity fallback for
# ==, TypeError for ordering, total_ordering-free behaviour, comparisons returning non-bools.
class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("A.eq")
        return isinstance(o, A) and self.v == o.v

    def __lt__(self, o):
        print("A.lt")
        return self.v < o.v


print(A(1) == A(1), A(1) != A(1), A(1) != A(2))
print(A(1) < A(2), A(2) > A(1))
try:
    A(1) <= A(2)
except TypeError as e:
    print(type(e).__name__, e)


class NoEq:
    pass


n = NoEq()
print(n == n, n == NoEq(), n != n, n != NoEq())
try:
    n < n
except TypeError as e:
    print(e)


class Weird:
    def __eq__(self, o):
        return "yes"

    def __gt__(self, o):
        return [o]


print(Weird() == 1, Weird() != 1, Weird() > 5, 5 < Weird())


class NI:
    def __eq__(self, o):
        return NotImplemented

    def __lt__(self, o):
        return NotImplemented


print(NI() == NI(), NI() != 3)
try:
    NI() < 3
except TypeError as e:
    print(e)
try:
    3 >= NI()
except TypeError as e:
    print(e)
print([A(1)] == [A(1)], (A(1),) < (A(2),))
x = A(1)
print([x] == [x], x in [x], A(5) in [A(5)])
print(1 == 1.0, 1 < 1.5, "a" < "b", [1, 2] < [1, 3], (1, "a") < (1, "b"), [1] < [1, 0])
for cmp in ["1 < 'a'", "[] < ()", "None < None", "{} < {}", "{1} < 3", "(1, 'a') < (1, 2)"]:
    try:
        eval(cmp)
    except TypeError as e:
        print(cmp, "->", e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, {3} > set())
