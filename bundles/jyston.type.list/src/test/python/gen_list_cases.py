# Generates ../resources/org/jyston/types/list/impl/cases.tsv with CPython 3.11: python3 gen_list_cases.py
import os
import sys

# cases.py, shared by the bundles' case generators, lives in the testkit
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "jyston.testkit", "src", "main", "python"))
from cases import write

HERE = os.path.dirname(os.path.abspath(__file__))
cases = [
    # construction, repr
    "[]", "[1]", "[1, 'a', None, True, 2.5]", "[[1, [2]], (3,)]", "list()", "list([1, 2])", "list((1, 2))",
    "list('abc')", "list(1)", "list(1, 2)", "list(x=1)", "list(None)",
    "l = [1]; l.append(l); l", "l = [1]; l.append(l); repr(l)", "l = []; t = (l,); l.append(t); t",
    "l = [1, 2]; l.__init__([3]); l", "l = [1, 2]; l.__init__(); l",
    "tuple()", "tuple([1, 2])", "tuple('ab')", "tuple(1)", "tuple(1, 2)", "tuple(x=1)", "()", "(1,)", "(1, 2)",
    "((),)", "t = (1, 2); tuple(t) is t", "type([])", "type(())", "type(iter([]))", "type(iter(()))",
    "type([].__reversed__())", "type(iter('a'))", "type(iter('\\xe9'))",
    # len, bool
    "len([])", "len([1, 2, 3])", "len(())", "len((1,))", "bool([])", "bool([0])", "bool(())", "bool((0,))",
    # indexing
    "[1, 2, 3][0]", "[1, 2, 3][-1]", "[1, 2, 3][3]", "[1, 2, 3][-4]", "[1, 2, 3]['a']", "[1, 2, 3][1.0]",
    "[1, 2, 3][True]", "[1, 2, 3][None]", "[1][1 << 70]", "[1][-(1 << 70)]", "(1, 2)[1]", "(1, 2)[2]", "(1, 2)['x']",
    "()[0]", "(1,)[-1]",
    # slices
    "[0, 1, 2, 3, 4][1:3]", "[0, 1, 2, 3, 4][:]", "[0, 1, 2, 3, 4][::2]", "[0, 1, 2, 3, 4][::-1]",
    "[0, 1, 2, 3, 4][-2:]", "[0, 1, 2, 3, 4][:-2]", "[0, 1, 2, 3, 4][3:1]", "[0, 1, 2, 3, 4][3:1:-1]",
    "[0, 1, 2, 3, 4][10:]", "[0, 1, 2, 3, 4][-10:2]", "[0, 1, 2, 3, 4][::0]", "[0, 1, 2, 3, 4][1:4:-2]",
    "[0, 1, 2, 3, 4][4:0:-2]", "[0, 1, 2, 3, 4][::-3]", "[0, 1, 2, 3, 4][-1:-6:-1]", "[0, 1, 2, 3, 4]['a':]",
    "[0, 1, 2, 3, 4][1.5:]", "[0, 1, 2, 3, 4][:1 << 80]", "[0, 1, 2, 3, 4][-(1 << 80):]",
    "[0, 1, 2, 3, 4][::-(1 << 80)]", "[0, 1, 2, 3, 4][::1 << 80]", "[0, 1, 2, 3, 4][True:]",
    "(0, 1, 2, 3)[1:3]", "(0, 1, 2, 3)[::-1]", "(0, 1, 2, 3)[5:]", "t = (1, 2); t[:] is t", "(0, 1, 2)[::0]",
    "'abcdef'[1:3]", "'abcdef'[::-1]", "'abcdef'[::2]", "'abcdef'[-2:]", "'abcdef'[10:]", "'abcdef'[::0]",
    "'a\\U0001f600bc'[1:3]", "'a\\U0001f600bc'[::-1]", "'abc'[:]", "'abc'['a':]", "'abcdef'[4:1:-2]",
    "list(iter('ab\\xe9'))", "list(iter(''))", "list(iter('a\\U0001f600'))",
    # slice assignment and deletion
    "l = [0, 1, 2]; l[0] = 9; l", "l = [0, 1, 2]; l[-1] = 9; l", "l = [0, 1, 2]; l[3] = 9; l",
    "l = [0, 1, 2]; l['a'] = 9; l", "l = [0, 1, 2, 3]; l[1:3] = [7, 8, 9]; l", "l = [0, 1, 2, 3]; l[1:3] = []; l",
    "l = [0, 1, 2, 3]; l[:] = 'ab'; l", "l = [0, 1, 2, 3]; l[::2] = [8, 9]; l", "l = [0, 1, 2, 3]; l[::2] = [8]; l",
    "l = [0, 1, 2, 3]; l[1:1] = [5, 6]; l", "l = [0, 1, 2, 3]; l[3:1] = [5]; l", "l = [0, 1]; l[0:1] = 5; l",
    "l = [0, 1, 2]; l[:] = l; l", "l = [0, 1, 2]; l[1:] = l; l", "l = [0, 1, 2, 3]; l[::-1] = [4, 5, 6, 7]; l",
    "l = [0, 1, 2]; l[::0] = []; l", "l = [0, 1, 2]; l[10:] = [3]; l",
    "l = [0, 1, 2]; del l[0]; l", "l = [0, 1, 2]; del l[-1]; l", "l = [0, 1, 2]; del l[5]; l",
    "l = [0, 1, 2, 3, 4]; del l[1:3]; l", "l = [0, 1, 2, 3, 4]; del l[::2]; l", "l = [0, 1, 2, 3, 4]; del l[::-2]; l",
    "l = [0, 1, 2]; del l[:]; l", "l = [0, 1, 2]; del l['a']; l", "l = [0]; l.__setitem__(0)",
    "l = [0]; l.__delitem__()", "(1, 2).__setitem__",
    # contains, count, index
    "1 in [1, 2]", "3 in [1, 2]", "[] in [[]]", "1 in (1, 2)", "'a' in ('a',)", "1.0 in [1]", "2 not in [1]",
    "[1, 2, 1].count(1)", "[1, 2, 1].count(3)", "[1].count()", "[1, 2, 3].index(2)", "[1, 2, 3].index(4)",
    "[1, 2, 3, 2].index(2, 2)", "[1, 2, 3].index(1, 1)", "[1, 2, 3].index(3, -1)", "[1, 2, 3].index(2, 0, 1)",
    "[1, 2, 3].index(2, -10, 10)", "[1, 2].index(1, 'a')", "[1, 2].index()", "[1, 2].index(x=1)",
    "['a'].index('b')", "(1, 2, 1).count(1)", "(1, 2).index(2)", "(1, 2).index(3)", "(1, 2, 1).index(1, 1)",
    "(1,).index()", "(1,).count()",
    # methods
    "l = []; l.append(1); l", "[].append()", "[].append(1, 2)", "[].append(x=1)",
    "l = [1]; l.extend([2, 3]); l", "l = [1]; l.extend('ab'); l", "l = [1]; l.extend(l); l", "[].extend(1)",
    "l = [1, 2]; l.insert(0, 0); l", "l = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 15, 13, 18, 11, 19, 12, 17, 14, 16, 10, 25, 23, 28, 21, 0, 3]; l.sort(key=lambda x: x % 5); l",
    "l = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 15, 13, 18, 11, 19, 12, 17, 14, 16, 10, 25, 23, 28, 21]; l.sort(key=lambda x: -x); l",
    "l = [1, 2, 3]; it = l.__reversed__(); next(it); l.clear(); list(it)", "it = [1, 2].__reversed__(); it.__length_hint__()",
    "l = [1, 2, 3]; it = l.__reversed__(); next(it); l.append(4); list(it)", "l = [1, 2]; l.insert(-1, 0); l",
    "l = [1, 2]; l.insert(10, 0); l", "l = [1, 2]; l.insert(-10, 0); l", "[].insert(1)", "[].insert('a', 1)",
    "[].insert(1, 2, 3)", "[1, 2].insert(x=1)", "l = [1, 2, 3]; l.pop()", "l = [1, 2, 3]; l.pop(0); l",
    "l = [1, 2, 3]; l.pop(-2)", "[].pop()", "[1].pop(1)", "[1].pop(-2)", "[1].pop('a')", "[1].pop(1, 2)",
    "l = [1, 2, 1]; l.remove(1); l", "[1].remove(2)", "[1].remove()", "l = [1, 2]; l.clear(); l", "[].clear(1)",
    "l = [1, [2]]; c = l.copy(); c.append(3); (l, c)", "l = [1, 2, 3]; l.reverse(); l", "[].reverse(1)",
    "l = [3, 1, 2]; l.sort(); l", "l = [3, 1, 2]; l.sort(reverse=True); l", "l = ['bb', 'a', 'ccc']; l.sort(key=len); l",
    "l = [(1, 'b'), (0, 'c'), (1, 'a')]; l.sort(key=lambda t: t[0]); l",
    "l = [(1, 'b'), (0, 'c'), (1, 'a')]; l.sort(key=lambda t: t[0], reverse=True); l",
    "l = [1, 'a']; l.sort(); l", "l = [3, 1, 2]; l.sort(1)", "[].sort(foo=1)", "[3, 1].sort(key=1)",
    "l = [3, 1, 2]; l.sort(key=None); l", "l = [3, 1, 2]; l.sort(reverse=1); l", "l = [3, 1]; l.sort(reverse=None)",
    "l = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 15, 13, 18, 11, 19, 12, 17, 14, 16, 10, 25, 23, 28, 21]; l.sort(); l",
    "l = [2, 1]; l.sort(key=lambda x: l.append(x)); l",
    "l = [2, 1]; l.sort(key=lambda x: len(l)); l", "l = [3, 1, 2]; l.sort(key=lambda x: 1 // (x - 1)); l",
    "l = [1, 2.5, 0, True, -3]; l.sort(); l", "l = [[2], [1, 2], [1]]; l.sort(); l",
    "list([1, 2, 3].__reversed__())", "[1].__reversed__(1)",
    "l = [1, 2]; it = iter(l); next(it); l.append(3); list(it)", "it = iter([1]); next(it); next(it)",
    "it = iter([1]); it.__length_hint__()", "it = iter((1, 2)); next(it); it.__length_hint__()",
    "next(iter(()))",
    "list.append(1, 2)", "list.append()", "list.append([], 5)",
    # operators
    "[1] + [2]", "[1] + (2,)", "[1] + 1", "[1] + 'a'", "(1,) + (2,)", "(1,) + [2]", "(1,) + None", "() + ()",
    "[1, 2] * 2", "2 * [1, 2]", "[1] * 0", "[1] * -1", "[1] * True", "[1] * 1.5", "1.5 * [1]", "[1] * [1]",
    "[1] * 'a'", "'a' * [1]", "(1,) * 3", "3 * (1,)", "(1,) * 1.5", "[1] * (1 << 70)", "[1] * -(1 << 70)",
    "l = [1]; l += [2]; l", "l = [1]; l += 'ab'; l", "l = [1]; l += 1; l", "l = [1]; l *= 3; l", "l = [1]; l *= 'a'; l",
    "t = (1,); t += (2,); t", "t = (1,); t *= 2; t",
    # comparisons
    "[1, 2] == [1, 2]", "[1, 2] == [1, 3]", "[1] == (1,)", "[1] != (1,)", "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]",
    "[1, 2] <= [1, 2]", "[2] > [1, 5]", "[1] >= [1]", "[1] < (1,)", "[1] < ['a']", "[1] == ['a']",
    "[1, 'a'] < [2, 1]", "(1, 2) < (1, 3)", "(1, 2) == (1, 2)", "(1,) == [1]", "() < (0,)", "(1, 'a') < (1, 'b')",
    "(1, 'a') < (1, 2)", "[float('nan')] == [float('nan')]", "n = float('nan'); [n] == [n]", "(1, 2) != (1, 2)",
    "[[1]] == [[1]]", "[1.0] == [1]", "[] == []",
    # hashing
    "hash((1, 2))", "hash(())", "hash((1,))", "hash((1, (2, 3)))", "hash((-1,))", "hash((1 << 70,))", "hash((True, False))",
    "hash((1, [2]))", "hash([])", "hash((1.5,))", "hash(((),))", "hash((None,)) == hash((None,))",
    # misc
    "[1, 2].__len__()", "len([1, [2, 3]])", "isinstance([], list)", "isinstance((), tuple)", "sum([1, 2, 3])",
    "sorted([3, 1, 2])", "sorted([3, 1, 2], reverse=True)", "sorted(['b', 'A', 'a'], key=str.lower)",
    "(1, 2).__getnewargs__()",
]
write(os.path.join(HERE, '../resources/org/jyston/types/list/impl/cases.tsv'), cases, 'gen_list_cases.py')
