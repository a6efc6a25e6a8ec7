# assert: message expression evaluated only on failure, AssertionError args, assert with tuple warning avoided, custom objects
def check(v):
    try:
        assert v, f"value was {v!r}"
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e) + " args=" + repr(e.args)
print(check(1), check(0), check([]), check("x"))
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, ["list", "msg"]
except AssertionError as e:
    print(repr(e), e.args[0])
try:
    assert False, None
except AssertionError as e:
    print(repr(e), e.args)
class Falsy:
    def __bool__(self):
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)
class BoolErr:
    def __bool__(self):
        raise ValueError("bool failed")
try:
    assert BoolErr()
except ValueError as e:
    print(type(e).__name__, e)
def f():
    assert False, "uncaught in function"
f()
