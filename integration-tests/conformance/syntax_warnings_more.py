# compile-time SyntaxWarnings: literals called or indexed, "is" with literals, always-true asserts
y = [1]
try:
    print([1, 2]["a"])
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
print(y is -1, y is (), y is (1, 2), y is None, y is ..., y is not True)
print(y is 1 is not None, 1 is not y is 2)
try:
    assert (y, "message")
    print("assert passed")
except AssertionError:
    print("not reached")
try:
    f"text"(1)
except TypeError as e:
    print(e)
try:
    {1}[0]
except TypeError as e:
    print(e)
# compile() of a string: the warning names the pseudo-file and shows no source line
code = compile("z = 1 is 1\nw = (1, 2)[1.5] if 0 else 0\n", "<string-source>", "exec")
exec(code)
print("done")
