# Special methods in user classes: arithmetic, reflected, comparisons, truth, len, containers.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        return V(self.x + other, self.y + other)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return V(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, V) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


a, b = V(1, 2), V(3, 4)
print(a + b, 10 + a, a * 3, 2 * a, -a)
print(a == V(1, 2), a != b, a < b, b > a)
print(bool(V(0, 0)), bool(a))
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print(e)


class Bag:
    def __init__(self):
        self.items = {}

    def __getitem__(self, k):
        return self.items[k]

    def __setitem__(self, k, v):
        self.items[k] = v

    def __delitem__(self, k):
        del self.items[k]

    def __contains__(self, k):
        return k in self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


bag = Bag()
bag["a"] = 1
bag["b"] = 2
del bag["a"]
print(len(bag), "b" in bag, "a" in bag, bag["b"], list(bag))
x = V(1, 1)
x += V(1, 1)
print(x)
