# nonlocal/global interplay checked at run time: nonlocal to a deleted cell, global shadowing a closure, UnboundLocalError from later assignment
def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
y = "global"
def h():
    y = "enclosing"
    def inner():
        global y
        return y
    return inner()
print(h())
def later():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 5
    return z
print(later())
def aug():
    try:
        count += 1
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
count = 0
print(aug())
def cond(flag):
    if flag:
        v = 1
    return v
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loopvar():
    for i in []:
        pass
    return i
try:
    loopvar()
except UnboundLocalError as e:
    print(type(e).__name__, e)
