# complex subclass: overridden operators, abs, repr honoured; inherited arithmetic returns complex
class C(complex):
    def __add__(self, o):
        return "C.add"
    def __abs__(self):
        return -1
    def __repr__(self):
        return "C!"
c = C(1, 2)
print(c + 1, 1 + c, abs(c), repr(c), str(c), c.real, c.imag, c == complex(1, 2), type(c * 2).__name__)
print(f"{c}", format(c, ""), hash(c) == hash(complex(1, 2)), isinstance(c, complex))
