# t * 1, t + () and () + t give back an exact tuple itself, but a new tuple for an instance of a
# tuple subclass.
class T(tuple):
    pass


t = (0, 1)
u = T((0, 1))
print(t * 1 is t, 1 * t is t, t + () is t, () + t is t)
for r in (u * 1, 1 * u, u + (), () + u, u * 2):
    print(type(r).__name__, r, r is u)
print(u == u * 1, u * 0, type(u * 0).__name__)
