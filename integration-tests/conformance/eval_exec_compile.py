# eval/exec/compile: modes, globals/locals dicts, __builtins__ injection, return values, errors
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("  3  "))
g = {}
exec("a = 5\ndef f():\n    return a * 2", g)
print(g["a"], g["f"](), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
l = {}
exec("b = 1\nc = b + 1", {}, l)
print(l)
code = compile("40 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("print('from exec', 1)", "<s>", "exec")
print(exec(code2))
for bad in ["1 +", "def", "x = = 1"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("a = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
def scope_test():
    z = 10
    return eval("z + 1"), eval("z", {"z": 99})
print(scope_test())
print(eval("[i for i in range(3)]"), eval("(lambda q: q + 1)(1)"), eval(b"1 + 1"))
exec("import sys as _s\nres = _s.maxsize > 0", g)
print(g["res"])
