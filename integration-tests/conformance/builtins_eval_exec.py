# eval, exec, compile, globals, locals, vars and dir.
x = 10
print(eval("x + 1"), eval("x * y", {"y": 3, "x": 2}))
exec("z = x * 2")
print(z)
g = {}
exec("def f(a):\n    return a + 1\nr = f(41)", g)
print(g["r"], sorted(k for k in g if not k.startswith("__")))
ns_g, ns_l = {}, {}
exec("q = 5", ns_g, ns_l)
print(ns_l, "q" in ns_g)
c = compile("1 + 2", "<expr>", "eval")
print(eval(c), type(c).__name__)
def f():
    a = 1
    b = [a]
    return sorted(locals())
print(f(), "x" in globals())
class C:
    k = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
print(vars(C)["k"], "k" in dir(C), dir(C()) == dir(C))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e)
