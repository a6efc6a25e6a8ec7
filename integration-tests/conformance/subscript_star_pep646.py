# Python 3.11 star expressions in subscripts (PEP 646) and other new-in-3.11 syntax forms
class Show:
    def __getitem__(self, k):
        return k
s = Show()
args = (1, 2)
print(s[*args], s[0, *args], s[*args, 3], s[*[]] if False else s[*[], 9])
print(s[*range(3)], s[*"ab", *"c"])
def f(*a: int):
    return a
print(f(1, 2), f.__annotations__)
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as g:
    print("except* binds", type(g).__name__, g.exceptions)
