# __slots__ members read and written in loops (cached sites), with __getattr__ for unset members,
# subclasses adding a __dict__, and class changes that replace a member.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
    def total(self):
        return self.x + (self.y if hasattr(self, 'y') else 0)

def bump(objs):
    for o in objs:
        o.x = o.x + 1
    return [o.x for o in objs]

ps = [P(i) for i in range(5)]
for _ in range(3):
    print(bump(ps), [p.total() for p in ps])
ps[0].y = 10
print(ps[0].total(), ps[1].total())

def read_y(o):
    return o.y
for o in ps[:2]:
    try:
        print(read_y(o))
    except AttributeError as e:
        print('AttributeError', e)

class G(P):
    __slots__ = ()
    def __getattr__(self, name):
        return 'default ' + name
g = G(1)
print(read_y(g), read_y(g))
g.y = 5
print(read_y(g))
del g.y
print(read_y(g))

class D(P):
    pass
d = D(3)
d.z = 1
print(bump([d, d]), d.__dict__, d.total())

# replacing the member in a subclass by a property
class Q(P):
    __slots__ = ()
def set_x(o, v):
    o.x = v
q = Q(7)
for v in range(3):
    set_x(q, v)
print(bump([q]), bump([q]))
Q.x = property(lambda self: 'prop')
print(q.x)
try:
    set_x(q, 1)
except AttributeError:
    print('AttributeError: no setter')
del Q.x
set_x(q, 40)
print(bump([q]))
