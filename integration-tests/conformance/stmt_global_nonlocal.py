# global and nonlocal declarations: rebinding, nested levels, global inside nested function
counter = 0

def inc():
    global counter
    counter += 1
    return counter

inc(); inc()
print("counter", counter)

def make():
    x = 0
    def bump():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return bump, get

b, g = make()
b(); b(); b()
print("get", g())

def outer():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    r = middle()
    return r, v
print(outer())

def outer2():
    def inner():
        global newglobal
        newglobal = "made"
    inner()
newglobal_before = "newglobal" in globals()
outer2()
print(newglobal_before, newglobal)

def shadow():
    counter = 100
    def inner():
        global counter
        return counter
    return inner()
print("shadow sees", shadow())

class K:
    y = 1
    def m(self):
        return y
y = "module y"
print(K().m())

def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    late = [lambda: i for i in range(3)]
    return [f() for f in fs], [f() for f in late]
print(loop_closures())
