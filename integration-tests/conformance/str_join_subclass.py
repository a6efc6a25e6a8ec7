# str.join accepts instances of str subclasses and always returns an exact str
class MyStr(str):
    pass
s = MyStr("abc")
print(type("".join([s])).__name__, "-".join([s, MyStr("d")]), MyStr(",").join(["x", "y"]), type(MyStr(",").join(["x"])).__name__)
print(type("".join([s])) is str, "".join((MyStr(c) for c in "xyz")))
