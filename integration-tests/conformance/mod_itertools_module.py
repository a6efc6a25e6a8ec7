# itertools: the module's names and doc, type names, laziness, subclassing
import itertools

print([n for n in dir(itertools) if not n.startswith('__')])
print(itertools.__doc__)
for n in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'takewhile', 'filterfalse',
          'islice', 'starmap', 'pairwise', 'zip_longest', 'groupby', 'product', 'permutations', 'combinations',
          'combinations_with_replacement', '_tee', '_grouper', '_tee_dataobject']:
    t = getattr(itertools, n)
    print(t, t.__name__, t.__module__, type(t).__name__)
print(type(itertools.tee).__name__, itertools.tee.__name__)
print(repr(itertools.chain()).startswith('<itertools.chain object at 0x'))
calls = []

def gen():
    for i in range(5):
        calls.append(i)
        yield i

m = itertools.islice(gen(), 2)
print(calls, next(m), calls)
print(list(m), calls)

class Evens(itertools.filterfalse):
    def __new__(cls, it):
        return super().__new__(cls, lambda x: x % 2, it)

print(list(Evens(range(7))), type(Evens([])).__name__)
for name in ['_grouper', '_tee', '_tee_dataobject']:
    try:
        type('X', (getattr(itertools, name),), {})
    except TypeError as e:
        print(name, 'TypeError:', e)
it = itertools.count()
print(iter(it) is it, next(iter(it)))
