# assert: passing, failing with and without message, message evaluated lazily, AssertionError args.
assert True
assert 1, "not shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(repr(e), e.args)
calls = []


def msg():
    calls.append(1)
    return "computed"


assert True, msg()
print(calls)
try:
    assert [], msg()
except AssertionError as e:
    print(e, calls)
try:
    assert None, ("tuple", 1)
except AssertionError as e:
    print(e.args, str(e))
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))


class Falsy:
    def __len__(self):
        return 0


try:
    assert Falsy(), "empty"
except AssertionError as e:
    print(e)
