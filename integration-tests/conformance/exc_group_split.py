# ExceptionGroup/BaseExceptionGroup: construction rules, split, subgroup, derive, nesting, str/repr
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError), repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
m2, r2 = eg.split((TypeError, KeyError))
print(repr(m2), repr(r2))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1], eg.subgroup(lambda e: True) is eg)
print(repr(eg.derive([OSError()])), type(eg.derive([])).__name__ if False else "skip")
class MyEG(ExceptionGroup):
    pass
my = MyEG("mine", [ValueError("a"), TypeError("b")])
mm, mr = my.split(ValueError)
print(type(mm).__name__, type(mr).__name__, repr(mm))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("auto", [ValueError()])
print(type(auto).__name__, isinstance(auto, Exception))
for args in [("m", []), ("m", [1]), ("m", ValueError()), (1, [ValueError()]), ("m",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), BaseExceptionGroup.__mro__)
eg2 = ExceptionGroup("n", [ValueError("x")])
eg2.add_note("note1")
s, _ = eg2.split(ValueError)
print(getattr(s, "__notes__", None), s.__traceback__ is eg2.__traceback__)
try:
    eg.split(5)
except TypeError as e:
    print(type(e).__name__, e)
print(eg.args, str(ExceptionGroup("one", [ValueError()])))
