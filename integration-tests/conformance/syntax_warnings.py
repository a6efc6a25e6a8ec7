# Compile-time SyntaxWarnings printed to stderr before the program runs.
x = 5
print(x is 5, 1 is 1, "a" is not "b")
print(x == 5)
try:
    (1, 2)(3)
except TypeError as e:
    print(type(e).__name__, e)
