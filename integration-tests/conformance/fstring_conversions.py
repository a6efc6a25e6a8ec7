# f-strings: !r !s !a conversions, expressions inside, quotes, braces escaping.
name = "wörld"
n = 42
lst = [1, "a"]
print(f"{name}", f"{name!r}", f"{name!s}", f"{name!a}")
print(f"{n!r}|", f"{lst}", f"{lst!r}", f"{lst!a}")
print(f"{{literal}} {{{n}}}", f"{'quoted'}", f'{"dq"}')
print(f"{n + 1} {n * 2} {n // 5} {-n}")
print(f"{'a' if n > 40 else 'b'}", f"{[x for x in range(3)]}", f"{ {'k': 1}['k'] }")


class C:
    def __str__(self):
        return "str-C"

    def __repr__(self):
        return "repr-C"

    def __format__(self, spec):
        return "format-C[" + spec + "]"


c = C()
print(f"{c}", f"{c!s}", f"{c!r}", f"{c:xyz}")
print(f"{None}", f"{True!r}", f"{3.0}", f"{1e20}", f"{'é'!a}")
print(f"multi" f"ple {n}" "plain")
print(f"{n}"[0], len(f"{name}"))
print(f"""triple {n}
second line""")
