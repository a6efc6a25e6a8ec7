# Generates ../resources/org/jyston/types/dict/impl/cases.tsv with CPython 3.11: python3 gen_dict_cases.py
# Sets print in CPython's hash-table order; the cases keep to sets whose order is the insertion order
# (small ints added in increasing order, single strings), see the report on PySet ordering.
import os
import sys

# cases.py, shared by the bundles' case generators, lives in the testkit
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "jyston.testkit", "src", "main", "python"))
from cases import write

HERE = os.path.dirname(os.path.abspath(__file__))
cases = [
    # dict construction and repr
    "{}", "{'a': 1}", "{1: 'x', 2: [3], (4,): None}", "dict()", "dict({'a': 1})", "dict([('a', 1), ('b', 2)])",
    "dict([['a', 1]])", "dict(a=1, b=2)", "dict({'a': 1}, b=2)", "dict([('a', 1)], a=2)", "dict(1)", "dict(1, 2)",
    "dict([1])", "dict([[1]])", "dict([(1, 2, 3)])", "dict(['ab'])", "dict([(1, 2)], [(3, 4)])",
    "d = {}; d['k'] = d; d", "d = {1: []}; d[1].append(d); d", "{1: 1, True: 2}", "{1.0: 'a', 1: 'b'}",
    "d = {'a': 1}; d.__init__(b=2); d", "dict({1: 2}.items())", "dict(zip([1, 2], 'ab'))" if False else "dict([(1, 'a')])",
    "{[]: 1}", "{1: 2}[[]]", "type({})", "type(iter({}))", "type({}.keys())", "type({}.values())", "type({}.items())",
    "type(iter({}.values()))", "type(iter({}.items()))", "type({}.__reversed__())", "type({}.items().__reversed__())",
    "type({}.values().__reversed__())",
    # len, bool, getitem, contains
    "len({})", "len({1: 2, 3: 4})", "bool({})", "bool({0: 0})", "{'a': 1}['a']", "{'a': 1}['b']", "{(1, 2): 3}[(1, 2)]",
    "{1: 2}[1.0]", "{1: 2}[True]", "{}[(1,)]", "{}[None]", "'a' in {'a': 1}", "'b' in {'a': 1}", "[] in {}",
    "1 not in {1: 2}",
    # equality, or
    "{1: 2} == {1: 2}", "{1: 2} == {1: 3}", "{1: 2} == {2: 2}", "{1: 2, 3: 4} == {3: 4, 1: 2}", "{1: 2} != {1: 2}",
    "{} == []", "{1: 2} < {1: 2}", "{1: 2} | {3: 4}", "{1: 2} | {1: 3}", "{1: 2} | [(3, 4)]", "{1: 2} | 1",
    "d = {1: 2}; d |= {3: 4}; d", "d = {1: 2}; d |= [(5, 6)]; d", "d = {1: 2}; d |= 1; d",
    "hash({})", "{1: [1]} == {1: [1]}",
    # methods
    "{'a': 1}.get('a')", "{'a': 1}.get('b')", "{'a': 1}.get('b', 0)", "{}.get()", "{}.get(1, 2, 3)", "{}.get(k=1)",
    "d = {}; d.setdefault('a', []).append(1); d", "d = {'a': 1}; d.setdefault('a', 2)", "d = {}; d.setdefault('a'); d",
    "{}.setdefault()", "d = {'a': 1, 'b': 2}; d.pop('a'); d", "{'a': 1}.pop('b')", "{'a': 1}.pop('b', 5)",
    "{}.pop()", "{}.pop(1, 2, 3)", "d = {1: 2, 3: 4}; d.popitem()", "d = {1: 2, 3: 4}; d.popitem(); d",
    "{}.popitem()", "d = {1: 2}; del d[1]; d[3] = 4; d.popitem()",
    "d = {1: 2}; d.update({3: 4}); d", "d = {1: 2}; d.update([(1, 5)]); d", "d = {1: 2}; d.update(a=3); d",
    "d = {}; d.update({1: 2}, b=3); d", "{}.update(1, 2)", "{}.update(1)", "d = {}; d.update(); d",
    "d = {1: 2}; d.clear(); d", "{}.clear(1)", "d = {1: [2]}; c = d.copy(); c[3] = 4; (d, c)", "{}.copy(1)",
    "{}.fromkeys([1, 2])", "{}.fromkeys('ab', 0)", "{}.fromkeys()", "{}.fromkeys([1], 2, 3)", "{}.fromkeys(1)",
    "{}.keys(1)", "{}.values(1)", "{}.items(1)",
    "d = {'a': 1}; d['b'] = 2; d", "d = {'a': 1}; d['a'] = 3; d", "d = {'a': 1}; del d['a']; d",
    "d = {'a': 1}; del d['b']; d", "d = {}; d[[]] = 1; d", "d = {}; d.__setitem__(1)", "d = {}; d.__delitem__()",
    "d = {1: 1, 2: 2}; del d[1]; d[1] = 1; d", "dict.get({'a': 1}, 'a')", "dict.get([], 'a')", "dict.get()",
    # views
    "{'a': 1, 'b': 2}.keys()", "{'a': 1, 'b': 2}.values()", "{'a': 1, 'b': 2}.items()", "{}.keys()", "{}.items()",
    "len({1: 2}.keys())", "len({}.values())", "len({1: 2, 3: 4}.items())", "list({1: 2, 3: 4}.keys())",
    "list({1: 2, 3: 4}.values())", "list({1: 2, 3: 4}.items())", "1 in {1: 2}.keys()", "2 in {1: 2}.values()",
    "(1, 2) in {1: 2}.items()", "(1, 3) in {1: 2}.items()", "1 in {1: 2}.items()", "([], 1) in {1: 2}.items()",
    "[] in {1: 2}.keys()", "{1: 2}.keys() == {1}", "{1: 2}.keys() == {1: 5}.keys()", "{1: 2}.keys() == [1]",
    "{1: 2}.keys() < {1, 2}", "{1: 2}.keys() <= {1}", "{1: 2, 3: 4}.keys() > {1}", "{1: 2}.keys() >= {2}",
    "{1: 2}.items() == {(1, 2)}", "{1: 2}.items() < {(1, 2), 3}", "{1: 2}.values() == {1: 2}.values()",
    "{1: 2}.keys() != {1}", "{1: 2}.keys() & {1, 3}", "{1: 2}.keys() & [1, 3]", "{1: 2, 3: 4}.keys() - {1}",
    "{1: 2}.keys() | {3}", "{1: 2}.keys() ^ {1, 3}", "[1, 5] - {1: 2}.keys()", "sorted({0, 5} | {1: 2}.keys())",
    "{1: 2}.keys() & 1", "{1: 2}.keys() - 1", "{1: 2}.items() & {(1, 2)}", "{1: 2}.items() - {(1, 2)}",
    "{1: 2}.values() & {2}", "{1: 2}.keys().isdisjoint([2])", "{1: 2}.keys().isdisjoint([1])",
    "{1: 2}.items().isdisjoint([(1, 2)])", "{1: 2}.keys().isdisjoint(1)", "{1: 2}.keys() & {1: 2}.keys()",
    "d = {1: 2}; v = d.keys(); d[3] = 4; v", "d = {1: 2}; v = d.items(); d[1] = 5; list(v)",
    "d = {}; d[1] = d.items(); d", "list({1: 2, 3: 4}.__reversed__())", "list({1: 2, 3: 4}.items().__reversed__())",
    "list({1: 2, 3: 4}.values().__reversed__())", "list({1: 2}.keys().__reversed__())",
    # iteration
    "list({'a': 1, 'b': 2})", "list(iter({}))", "d = {1: 2}; it = iter(d); next(it); d[3] = 4; next(it)",
    "d = {1: 2, 3: 4}; it = iter(d); next(it); del d[1]; next(it)",
    "d = {1: 2, 3: 4}; it = iter(d); next(it); del d[1]; d[5] = 6; list(it)",
    "d = {1: 2}; it = iter(d); d[3] = 4; next(it, 'x')",
    "d = {1: 2, 3: 4}; it = iter(d.items()); next(it); d[1] = 9; list(it)",
    "d = {1: 2}; it = iter(d.values()); d.clear(); next(it)", "d = {1: 2}; it = iter(d); next(it); next(it)",
    "it = iter({1: 2, 3: 4}); it.__length_hint__()", "it = iter({1: 2, 3: 4}); next(it); it.__length_hint__()",
    "d = {1: 2, 3: 4}; it = d.__reversed__(); next(it); d[5] = 6; next(it)",
    "d = {1: 2}; it = iter(d); d[2] = 3; del d[2]; next(it)",
    # set construction and repr
    "set()", "{1}", "{1, 2, 3}", "set([1, 2, 2, 3])", "set('a')", "set((1,))", "set(1)", "set(1, 2)", "set(x=1)",
    "frozenset()", "frozenset([1, 2])", "frozenset('a')", "frozenset(1)", "frozenset(1, 2)", "frozenset(x=1)",
    "f = frozenset([1]); frozenset(f) is f", "{frozenset([1])}", "{[]}", "set([[]])", "{(1, 2)}", "{1, 1.0, True}",
    "s = {1}; s.__init__([2]); s", "type(set())", "type(frozenset())", "type(iter(set()))",
    # len, bool, contains
    "len(set())", "len({1, 2})", "bool(set())", "bool({0})", "bool(frozenset())", "1 in {1}", "2 in {1}",
    "[] in {1}", "set() in {frozenset()}", "{1} in {frozenset([1])}", "1 in frozenset([1])", "2 not in {1}",
    # comparisons
    "{1} == {1}", "{1} == frozenset([1])", "frozenset([1]) == {1}", "{1} == [1]", "{1} != {2}", "{1} < {1, 2}",
    "{1} < {1}", "{1} <= {1}", "{1, 2} > {1}", "{1, 2} >= {3}", "{1} < 1", "{1} < [1]", "frozenset() < {1}",
    "{1} == {1: 2}.keys()", "{1} < {1: 2, 3: 4}.keys()",
    # operators
    "{1, 2} | {3}", "{1, 2} & {2, 3}", "{1, 2} - {2}", "{1, 2} ^ {2, 3}", "{1} | [2]", "{1} & 1", "{1} - [1]",
    "{1} ^ 'a'", "frozenset([1]) | {2}", "sorted({2} | frozenset([1]))", "type({2} | frozenset([1]))", "frozenset([1, 2]) & {1}", "frozenset([1]) - {1}",
    "frozenset([1]) ^ frozenset([2])", "s = {1}; s |= {2}; s", "s = {1, 2}; s &= {2}; s", "s = {1, 2}; s -= {2}; s",
    "s = {1, 2}; s ^= {2, 3}; s", "s = {1}; s -= s; s", "s = {1}; s ^= s; s",
    "f = frozenset([1]); f |= {2}; f",
    # hashing
    "hash(frozenset())", "hash(frozenset([1, 2, 3]))", "hash(frozenset([-1]))", "hash(frozenset([1 << 70]))",
    "hash(frozenset([(1, 2), 3]))", "hash(frozenset([frozenset([1])]))", "hash(frozenset(range(100))) if False else 0",
    "hash(frozenset([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))", "hash({1})", "hash(frozenset([1])) == hash(frozenset([1]))",
    "{frozenset([1]): 2}[frozenset([1])]",
    # set methods
    "s = set(); s.add(1); s", "s = {1}; s.add(1); s", "set().add()", "set().add([])", "s = {1, 2}; s.discard(1); s",
    "s = {1}; s.discard(2); s", "s = {frozenset()}; s.discard(set()); s", "s = {1, 2}; s.remove(2); s",
    "set().remove(1)", "set().remove('a')", "set().remove([])", "s = {frozenset()}; s.remove(set()); s", "{1}.pop()",
    "s = {1, 2}; s.pop(); s", "set().pop()", "s = {1}; s.clear(); s", "s = {1}; c = s.copy(); c.add(2); (s, c)",
    "f = frozenset([1]); f.copy() is f", "s = {1}; s.update([2], (3,)); s", "s = {1}; s.update(); s", "set().update(1)",
    "{1}.union([2], {3})", "{1}.union()", "{1}.union(1)", "set().union(x=1)", "frozenset([1]).union([2])",
    "{1, 2, 3}.intersection([2, 3], {3})", "{1}.intersection()", "frozenset([1, 2]).intersection({2})",
    "{1, 2, 3}.difference([2], {3})", "{1}.difference()", "frozenset([1, 2]).difference([1])",
    "{1, 2}.symmetric_difference([2, 3])", "{1}.symmetric_difference()", "{1}.symmetric_difference(1)",
    "frozenset([1]).symmetric_difference({2})", "{1}.issubset([1, 2])", "{1}.issubset({2})", "{1}.issubset(1)",
    "{1}.issubset()", "{1, 2}.issuperset([1])", "{1}.issuperset([1, 2])", "{1}.issuperset({1})",
    "{1}.isdisjoint([2])", "{1}.isdisjoint([1])", "{1}.isdisjoint(1)", "{1}.isdisjoint([1], [2])",
    "s = {1, 2, 3}; s.intersection_update([1, 2], {2}); s", "s = {1, 2, 3}; s.difference_update([1], (2,)); s",
    "s = {1, 2}; s.symmetric_difference_update([2, 3]); s", "s = {1}; s.difference_update(1); s",
    "frozenset([1]).add(2)", "set.add(frozenset(), 1)", "set.add()", "frozenset.union({1}, [2])",
    "frozenset([1]).issubset([1])", "frozenset([1]).isdisjoint([2])", "frozenset([1, 2]).issuperset([2])",
    # set iteration
    "list({1, 2})", "s = {1}; it = iter(s); s.add(2); next(it)", "s = {1, 2}; it = iter(s); next(it); s.discard(1); next(it)",
    "s = {1}; it = iter(s); next(it); next(it)", "it = iter({1, 2}); it.__length_hint__()",
    "s = {1, 2}; it = iter(s); s.add(3); list(it) if False else len(s)",
]
write(os.path.join(HERE, '../resources/org/jyston/types/dict/impl/cases.tsv'), cases, 'gen_dict_cases.py')
