# globals(), locals(), vars(), dir() in module, function and class scope; writing through globals()
x = 1
print("x" in globals(), globals()["x"], globals() is vars(), "__name__" in globals(), __name__)
globals()["made_dynamically"] = "yes"
print(made_dynamically)
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc), loc["a"], "x" in loc
print(f(1))
def g():
    v = 1
    locals()["v"] = 99
    return v
print(g())
class C:
    y = 2
    inside = sorted(k for k in locals() if not k.startswith("__"))
    mod = locals()["__module__"]
    qual = locals()["__qualname__"]
print(C.inside, C.mod, C.qual)
def h():
    p = 1
    q = 2
    return sorted(dir())
print(h())
print("print" in dir(__builtins__) if not isinstance(__builtins__, dict) else "print" in __builtins__)
import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def closure_locals():
    free = "f"
    def inner():
        return sorted(locals())
    def inner2():
        return free, sorted(locals())
    return inner(), inner2()
print(closure_locals())
