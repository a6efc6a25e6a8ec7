# NameError: undefined globals and builtins, class-body names invisible to methods, deleted names,
# names from other functions, with the message CPython gives (including "Did you mean" absence).
def f():
    return undefined_thing


class K:
    attr = 1

    def m(self):
        return attr


for call in (f, lambda: K().m(), lambda: some_lambda_name):
    try:
        call()
    except NameError as e:
        print(type(e).__name__, e)


def g():
    local_only = 1
    return local_only


g()
try:
    local_only
except NameError as e:
    print(e)
v = 1
del v
try:
    v
except NameError as e:
    print(e)
try:
    print(__builtins__.nonexistent_builtin)
except AttributeError as e:
    print(type(e).__name__)
try:
    del never_defined
except NameError as e:
    print(e)


class Holder:
    x = 1
    y = x + 1
    try:
        z = [x for _ in range(1)]
    except NameError as e:
        err = str(e)


print(Holder.y, Holder.err)
