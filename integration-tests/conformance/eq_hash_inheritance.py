# defining __eq__ sets __hash__ to None (unhashable) unless __hash__ is defined too; inheritance of these rules
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __eq__(self, o):
        return isinstance(o, Both)
    def __hash__(self):
        return 7
print(hash(Both()), Both() in {Both()}, {Both(): 1}[Both()])
class Child(Both):
    def __eq__(self, o):
        return False
print(Child.__hash__)
class ChildKeeps(Both):
    def __eq__(self, o):
        return False
    __hash__ = Both.__hash__
print(hash(ChildKeeps()))
class Inherit(Both):
    pass
print(hash(Inherit()))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, Plain.__hash__ is object.__hash__, {p: 1}[p])
class ExplicitNone:
    __hash__ = None
print(isinstance(ExplicitNone(), object), ExplicitNone.__hash__)
try:
    {ExplicitNone()}
except TypeError as e:
    print(type(e).__name__, e)
class IntLike(int):
    def __eq__(self, o):
        return super().__eq__(o)
try:
    hash(IntLike(3))
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 2))
