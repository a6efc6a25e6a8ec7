# closures created in loops, comprehensions and class bodies; cells surviving after the enclosing frame returns; mutual recursion through closures
def make_counters():
    counters = {}
    for name in ("a", "b"):
        count = 0
        def inc(step=1, _name=name):
            nonlocal count
            count += step
            return _name, count
        counters[name] = inc
    return counters
cs = make_counters()
print(cs["a"](), cs["b"](), cs["a"](5))
def outer():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
ev, od = outer()
print(ev(10), od(7))
def class_in_closure(v):
    class Holder:
        value = v
        def get(self):
            return v * 2
    return Holder
H = class_in_closure(21)
print(H.value, H().get())
def gen_closure():
    data = []
    def add(x):
        data.append(x)
        return len(data)
    def items():
        yield from data
    return add, items
add, items = gen_closure()
add(1); add(2)
print(list(items()))
funcs = {n: (lambda n=n: n * n) for n in range(3)}
print({k: f() for k, f in funcs.items()})
def shadow_param(x):
    def inner():
        return x
    x = x + 1
    return inner
print(shadow_param(1)())
