# Conditional expressions: laziness of the branches, nesting, precedence with lambda and or.
def boom():
    raise RuntimeError("must not run")


print(1 if True else boom(), boom() if False else 2)
for n in (-5, 0, 5):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print((lambda v: "a" if v else "b")(0), 0 or 1 if 0 else 2, (0 or 1) if 1 else 2)
x = [i if i % 2 else -i for i in range(5)]
print(x, [i for i in range(5) if i % 2] if x else None)
print(("yes" if [] else "no"), ("yes" if [0] else "no"), 5 if None is None else 6)
