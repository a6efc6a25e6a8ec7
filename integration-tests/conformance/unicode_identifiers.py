# non-ASCII identifiers: letters from many scripts, NFKC normalisation of identifiers (ﬁ == fi, ℌ == H), attributes and keywords
café = "coffee"
变量 = 42
Δx = 0.5
ñandú = "bird"
print(café, 变量, Δx, ñandú)
ﬁle = "ligature normalised"
print(file)
ℌ = "double-struck H"
print(H)
class Klasse:
    größe = 3
    def método(self, número):
        return número * self.größe
print(Klasse().método(número=2), getattr(Klasse, "größe"))
def f(**kw):
    return sorted(kw)
print(f(ä=1, b=2), "größe" in Klasse.__dict__, "ﬁle" in globals(), "file" in globals())
print("café".isidentifier(), "变量".isidentifier(), "ﬁle".isidentifier(), "1x".isidentifier(), "x·y".isidentifier(), "·x".isidentifier())
