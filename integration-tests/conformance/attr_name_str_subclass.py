# attribute names may be instances of str subclasses (setattr/getattr/hasattr/delattr)
class S(str):
    pass
class C:
    pass
c = C()
setattr(c, S("sub"), "subclass name")
print(c.sub, getattr(c, S("sub")), hasattr(c, S("sub")))
delattr(c, S("sub"))
print(hasattr(c, "sub"))
