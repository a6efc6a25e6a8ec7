# print(): separators, end, no arguments, objects with __str__, None sep/end, keyword errors.
print()
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print("x", end="\n\n")
print(None, True, 1.5, [1], sep=None, end=None)
print("tab", "sep", sep="\t")


class S:
    def __str__(self):
        return "S-str"


print(S(), [S()][0], sep="|")
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    print(1, end=[])
except TypeError as e:
    print(e)
try:
    print(1, bad=1)
except TypeError as e:
    print(e)
print(*range(4), sep="-")
print("unicode ✓ é 日本")
