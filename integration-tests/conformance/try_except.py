# try / except / else / finally, matching by class and tuple, exception messages.
try:
    1 // 0
except ZeroDivisionError as e:
    print("caught", repr(e))

try:
    undefined_name
except (TypeError, NameError) as e:
    print("caught", repr(e))

try:
    x = 1
except Exception:
    print("not reached")
else:
    print("else", x)
finally:
    print("finally")


def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(f())
try:
    1 + "a"
except TypeError as e:
    print(e)
