# Closures: cells shared between scopes, nonlocal, late binding, class scopes skipped.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print(get())


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    return middle()


print(outer())

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def unbound():
    def reader():
        return later
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return reader()


print(unbound())


class K:
    y = 10

    def method(self):
        try:
            return y
        except NameError as e:
            return str(e)


print(K().method())
