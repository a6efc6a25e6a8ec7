# methods of str/bytes subclasses return exact builtins; subclass instances work as arguments everywhere
class S(str):
    pass
class B(bytes):
    pass
s = S("Hello World")
for r in [s.upper(), s[1:3], s + "x", s * 2, s.strip(), s.replace("l", "L"), "%s" % s, s.center(15), s.split()[0], str(s), s[0]]:
    print(type(r).__name__, r)
b = B(b"abc")
for r in [b.upper(), b[1:], b + b"x", b * 2, b.strip(), bytes(b), b.replace(b"a", b"A"), b.split()[0]]:
    print(type(r).__name__, r)
print("x".join([S("a"), S("b")]), "abc".startswith(S("a")), "abc".find(S("c")), S("ab") in "cab", {S("k"): 1}["k"], "k" == S("k"), hash(S("k")) == hash("k"))
print(b"x".join([B(b"a"), b"b"]), b"abc".startswith(B(b"a")), B(b"a") == b"a", int(S("12")), float(S("1.5")), len(S("abc")), sorted([S("b"), "a"]))
print(repr(S("q")), repr(B(b"q")), S("a") < "b", S("é").encode(), B(b"\xc3\xa9").decode(), ord(S("a")), list(S("ab")), S("%s!") % 1)
