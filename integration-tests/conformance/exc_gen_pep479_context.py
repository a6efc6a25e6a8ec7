# the RuntimeError that replaces a StopIteration leaking out of a generator has it as __cause__ and __context__
def g1():
    yield 1
    raise StopIteration("leak")
it = g1()
next(it)
try:
    next(it)
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__cause__ is e.__context__, e.__suppress_context__)
