# Made to be driven by memory.py: waits (input()) so the heap can be measured before and after
# creating N instances of a class with four attributes. Under CPython, measures itself with
# tracemalloc when run with --tracemalloc.
import sys


class P:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


n = int(sys.argv[1])
traced = len(sys.argv) > 2 and sys.argv[2] == '--tracemalloc'
if traced:
    import gc
    import tracemalloc
    gc.collect()
    tracemalloc.start()
else:
    print('base', flush=True)
    input()
objs = [None] * n
for i in range(n):
    objs[i] = P(None, None, None, None)
if traced:
    used, _ = tracemalloc.get_traced_memory()
    # the list of references is not the instances' cost: leave it out, as memory.py does for Jyston
    print((used - objs.__sizeof__()) / n)
else:
    print('ready', flush=True)
    input()
    print(len(objs))
