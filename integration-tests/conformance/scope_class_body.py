# class body scope: names visible while defining, not inside methods; class-level names shadow globals; nested class lookup
x = "global x"
class C:
    x = "class x"
    y = x + " (read during class body)"
    def m(self):
        return x
    lam = lambda self: x
    items = [x for _ in range(1)]
print(C.y, C().m(), C().lam(), C.items)
def f():
    x = "function x"
    class D:
        print("class body sees enclosing function", x)
        x = "D x"
        def m(self):
            return x
    return D().m(), D.x
print(f())
def g():
    z = "free z"
    class E:
        def m(self):
            return z
        w = z
    return E().m(), E.w
print(g())
class Outer:
    val = 1
    class Inner:
        try:
            v = val
        except NameError as e:
            err = str(e)
print(Outer.Inner.err)
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return self.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
class Shadow:
    len = 5
    size = len
    def get(self):
        return len("abc")
print(Shadow.size, Shadow().get())
def h():
    y = 1
    class K:
        y = 2
        def m(self):
            nonlocal y
            y += 10
            return y
    return K().m(), K.y
print(h())
