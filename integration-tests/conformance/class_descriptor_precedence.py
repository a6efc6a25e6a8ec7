# data descriptors beat the instance dict, the instance dict beats non-data descriptors
class Data:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner=None):
        return ("data", self.tag, obj is None)
    def __set__(self, obj, value):
        print("Data.__set__", self.tag, value)
class GetOnly:
    def __get__(self, obj, owner=None):
        return ("nondata", obj is None, owner.__name__)
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class DelOnly:
    def __get__(self, obj, owner=None):
        return "delonly-get"
    def __delete__(self, obj):
        print("DelOnly.__delete__")
class C:
    d = Data("d")
    n = GetOnly()
    s = SetOnly()
    x = DelOnly()
c = C()
c.__dict__.update(d="inst-d", n="inst-n", s="inst-s", x="inst-x")
print(c.d, c.n, c.s, c.x)
c.d = 5
c.s = 6
del c.x
print(c.__dict__)
print(C.d, C.n, type(C.__dict__["s"]).__name__)
# deleting a non-data descriptor attribute from the instance reveals the descriptor
del c.n
print(c.n)
# a data descriptor without __get__ returns itself through the class, and the dict hides it? no: data wins
print(type(c.s).__name__)
# adding __set__ later turns a non-data descriptor into a data descriptor
class Later:
    def __get__(self, obj, owner=None):
        return "later-get"
class K:
    a = Later()
k = K()
k.__dict__["a"] = "inst"
print(k.a)
Later.__set__ = lambda self, obj, v: print("late set", v)
print(k.a)
k.a = 1
# descriptors on the metaclass vs the class dict
class Meta(type):
    md = Data("meta-data")
    mn = GetOnly()
class M(metaclass=Meta):
    md = "class-md"
    mn = "class-mn"
print(M.md, M.mn)
# functions are non-data: instance dict wins
class F:
    def meth(self):
        return "method"
f = F()
f.meth = lambda: "instance"
print(f.meth())
del f.meth
print(f.meth())
# property is a data descriptor even without setter
class P:
    @property
    def p(self):
        return "prop"
pp = P()
pp.__dict__["p"] = "inst"
print(pp.p)
try:
    pp.p = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del pp.p
except AttributeError as e:
    print("AttributeError", e)
# __set_name__ + __get__ with owner
class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return (self.name, owner.__name__)
class N:
    foo = Named()
class N2(N):
    pass
print(N.foo, N2().foo)
# classmethod/staticmethod are non-data
class CS:
    @classmethod
    def cm(cls):
        return "cm"
    @staticmethod
    def sm():
        return "sm"
cs = CS()
cs.__dict__["cm"] = "inst-cm"
cs.__dict__["sm"] = "inst-sm"
print(cs.cm, cs.sm, CS.cm(), CS.sm())
