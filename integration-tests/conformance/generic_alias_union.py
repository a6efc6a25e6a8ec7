# types.GenericAlias (list[int]) and types.UnionType (int | str): repr, attributes, equality, isinstance.
u=int|str
print(type(u), type(u).__module__, type(u).__qualname__, u.__args__, u.__parameters__)
print(int|None, None|int, int|int, (int|str)|int, list[int]|None, int|list[int])
print(hash(int|str)==hash(str|int), (int|str)==(str|int))
try: int|3
except Exception as e: print(repr(e))
try: isinstance(1, list[int]|str)
except Exception as e: print(repr(e))
print(isinstance(None, int|None), issubclass(bool, int|str), isinstance("x", int|str), isinstance(1.0, int|str))
print(type(list[int]), list[int].__name__, list[int].__origin__, list[int].__args__, list[int].__parameters__, dict[str,int].__args__)
try: list[int][int]
except Exception as e: print(repr(e))
try: issubclass(list, list[int])
except Exception as e: print(repr(e))
try: isinstance([], list[int])
except Exception as e: print(repr(e))
print(repr(tuple[()]), list[list[int]], list['x'], list[3], hash(list[int])==hash(list[int]), list[int]==list[str], list[int]==list)
print(type(int|str).__name__, (int|str).__class__)
print(list[int]().__class__, type[int], set[int], frozenset[str])
