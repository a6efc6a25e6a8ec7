# closures: cells shared between inner functions, late binding, __closure__ contents, cell_contents, free vars
def make():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
set_(42)
print(get(), get.__closure__[0].cell_contents, len(get.__closure__), type(get.__closure__[0]).__name__)
def no_closure():
    return 1
print(no_closure.__closure__)
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]
print(late())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())
def unbound_cell():
    def inner():
        return val
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    val = 5
    return inner()
print(unbound_cell())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            def l3():
                return a + b
            return l3
        return l2
    return l1()()()
print(deep())
def param_cell(p):
    def r():
        return p
    p = p * 2
    return r
print(param_cell(4)())
def cell_delete():
    v = 1
    def r():
        return v
    del v
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
cell_delete()
