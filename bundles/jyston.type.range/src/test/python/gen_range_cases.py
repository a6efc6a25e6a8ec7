# Generates ../resources/org/jyston/types/range/impl/cases.tsv with CPython 3.11: python3 gen_range_cases.py
import os
import sys

# cases.py, shared by the bundles' case generators, lives in the testkit
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "jyston.testkit", "src", "main", "python"))
from cases import write

HERE = os.path.dirname(os.path.abspath(__file__))
cases = [
    # range construction, repr, attributes
    "range(10)", "range(1, 10)", "range(0, 10, 2)", "range(10, 0, -1)", "range(-5)", "range(True)",
    "range(1 << 70)", "range(0, 1 << 70, 1 << 65)", "range()", "range(1, 2, 3, 4)", "range(x=1)", "range(1, 2, 0)",
    "range(1.5)", "range('a')", "range(1, 2.0)", "range(None)", "r = range(1, 10, 3); (r.start, r.stop, r.step)",
    "range(5).start", "range(5).foo", "range(1 << 70).stop", "type(range(3))",
    # len, bool, getitem
    "len(range(10))", "len(range(0, 10, 3))", "len(range(10, 0, -3))", "len(range(5, 1))", "len(range(1 << 70))",
    "len(range(-1, (1 << 63) - 1))", "bool(range(0))", "bool(range(1))", "range(10)[3]", "range(10)[-1]",
    "range(10)[10]", "range(10)[-11]", "range(10)['a']", "range(10)[1.0]", "range(10)[True]", "range(1 << 70)[1 << 69]",
    "range(1 << 70)[-1]", "range(5, 0, -2)[1]", "range(10)[2:5]", "range(10)[::-1]", "range(0, 10, 3)[::-1]",
    "range(10)[::2]", "range(10)[1:-1:3]", "range(10)[::0]", "range(0, 1 << 70, 3)[::-7]", "range(10)[20:]",
    "range(10)[-20:3]", "range(10)['a':]",
    # contains, count, index
    "3 in range(5)", "5 in range(5)", "-1 in range(5)", "4 in range(0, 10, 2)", "5 in range(0, 10, 2)",
    "4 in range(10, 0, -2)", "3 in range(10, 0, -2)", "3.0 in range(5)", "'a' in range(5)", "True in range(2)",
    "(1 << 70) in range(1 << 71)", "range(5).count(3)", "range(5).count(7)", "range(5).count(1.0)", "range(5).count()",
    "range(5).index(3)", "range(0, 10, 2).index(6)", "range(5).index(7)", "range(5).index(2.0)", "range(5).index('a')",
    "range(10, 0, -3).index(4)", "range(5).index()",
    # equality, hash
    "range(3) == range(3)", "range(3) == range(0, 3, 1)", "range(0) == range(5, 2)", "range(0, 3, 5) == range(0, 1)",
    "range(3) == range(0, 3, 2)", "range(3) != range(4)", "range(3) == [0, 1, 2]", "range(3) < range(4)",
    "hash(range(0)) == hash(range(5, 2))", "hash(range(1, 2)) == hash(range(1, 5, 7))", "hash(range(1, 10, 2))", "hash(range(1, 10, 10)) == hash(range(1, 2))", "hash(range(1 << 70))",
    "hash(range(3)) == hash(range(0, 3, 1))",
    # iteration
    "list(range(5))", "list(range(5, 0, -2))", "list(range(0))", "list(range((1 << 63) - 3, (1 << 63) + 2))",
    "list(range(-(1 << 63) - 1, -(1 << 63) + 2))", "type(iter(range(3)))", "type(iter(range(1 << 64)))",
    "type(iter(range(-(1 << 63), 5)))", "type(reversed(range(3)))", "type(reversed(range(1 << 64)))",
    "list(reversed(range(5)))", "list(reversed(range(0, 10, 3)))", "list(reversed(range(0)))",
    "list(reversed(range(-5, 1 << 70, 1 << 68)))", "it = iter(range(3)); next(it); it.__length_hint__()",
    "it = iter(range(1)); next(it); next(it)", "list(range(10)[::3])", "sum(range(101))",
    "it = iter(range(1 << 70, (1 << 70) + 2)); (next(it), next(it), next(it, 'done'))",
    # slice
    "slice(3)", "slice(1, 2)", "slice(1, 2, 3)", "slice(None)", "slice('a', [1], None)", "slice()", "slice(1, 2, 3, 4)",
    "slice(x=1)", "s = slice(1, 2, 3); (s.start, s.stop, s.step)", "slice(1).start", "slice(1).foo",
    "slice(1, 2) == slice(1, 2)", "slice(1, 2) == slice(1, 2, None)", "slice(1, 2) == slice(1, 3)",
    "slice(1, 2) != slice(1, 2)", "slice(1, 2) < slice(1, 3)", "slice(1, 2) <= slice(1, 2)", "slice(2) > slice(1)",
    "slice(1, 2) < slice(1, 'a')", "slice(1) == (None, 1, None)", "hash(slice(1))", "type(slice(1))",
    "slice(2, 8, 2).indices(5)", "slice(None).indices(5)", "slice(None, None, -1).indices(5)", "slice(-3, None).indices(5)",
    "slice(-30, 30).indices(5)", "slice(30, -30, -1).indices(5)", "slice(1, 2, 0).indices(5)", "slice(1).indices(-1)",
    "slice(1).indices('a')", "slice('a').indices(3)", "slice(None, 1 << 80, -3).indices(1 << 75)",
    "slice(1).indices()", "[0, 1, 2, 3][slice(1, 3)]", "'abcd'[slice(None, None, -1)]",
    # enumerate
    "list(enumerate('ab'))", "list(enumerate('ab', 1))", "list(enumerate('ab', start=-1))",
    "list(enumerate(iterable='ab', start=5))", "list(enumerate([], 1))", "list(enumerate('ab', 1 << 70))",
    "list(enumerate('ab', (1 << 63) - 1))", "list(enumerate([1], True))", "enumerate()", "enumerate(1)",
    "enumerate([], 'a')", "enumerate([], 1.5)", "enumerate([], x=1)", "enumerate([], 0, 1)", "enumerate([], iterable=[])", "enumerate(start=1)", "enumerate([], 0, start=1)", "list(enumerate(start=5, iterable=[1]))", "enumerate(iterable=[], x=1)",
    "type(enumerate([]))", "e = enumerate('a'); iter(e) is e", "e = enumerate('a'); next(e); next(e)",
    # zip
    "list(zip())", "list(zip('ab'))", "list(zip('ab', [1, 2, 3]))", "list(zip('abc', [1, 2], (5,)))", "zip(1)",
    "zip([], 1)", "zip(x=1)", "list(zip([1], [2], strict=True))", "list(zip([1], [1, 2], strict=True))",
    "list(zip([1, 2], [1], strict=True))", "list(zip([1, 2], [1, 2], [1], strict=True))",
    "list(zip([1], [1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=False))", "type(zip())",
    "z = zip('ab', 'cd'); next(z); list(z)",
    # map
    "list(map(abs, [-1, 2, -3]))", "list(map(lambda a, b: a + b, [1, 2], [10, 20, 30]))", "list(map(len, []))",
    "map()", "map(abs)", "map(abs, 1)", "map(abs, [], x=1)", "list(map(1, [1]))", "list(map(lambda x: 1 // x, [1, 0]))",
    "type(map(abs, []))", "m = map(abs, [-1]); next(m); next(m)",
    # filter
    "list(filter(None, [0, 1, '', 'a', None, [], [0]]))", "list(filter(lambda x: x > 1, [1, 2, 3]))",
    "list(filter(abs, [0, -1, 2]))", "filter()", "filter(None)", "filter(None, [], 1)", "filter(None, 1)",
    "filter(None, [], x=1)", "list(filter(1, [1]))", "type(filter(None, []))",
    # reversed
    "list(reversed([1, 2, 3]))", "list(reversed((1, 2)))", "list(reversed('abc'))", "list(reversed({1: 2, 3: 4}))",
    "list(reversed(range(3)))", "reversed()", "reversed(1)", "reversed({1})", "reversed([], 1)", "reversed([], x=1)",
    "type(reversed('ab'))", "type(reversed([]))", "type(reversed(()))", "type(reversed({}))", "type(reversed({}.items()))",
    "r = reversed('abc'); next(r); r.__length_hint__()", "r = reversed('a'); next(r); next(r)",
    "r = reversed(()); type(r)", "list(reversed({}.values()))",
    # the types
    "type(iter('abc'))", "type(iter('ab\\xe9'))", "isinstance(enumerate([]), enumerate)",
]
write(os.path.join(HERE, '../resources/org/jyston/types/range/impl/cases.tsv'), cases, 'gen_range_cases.py')
