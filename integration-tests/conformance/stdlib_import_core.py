# The host's standard library imports and runs on Jyston: collections, enum, re, functools, os.path, io, textwrap
import collections
import enum
import functools
import io
import os.path
import re
import textwrap

Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict())
c = collections.Counter("abracadabra")
print(c.most_common(3))
od = collections.OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), collections.deque([1, 2, 3], maxlen=2))

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Perm(enum.Flag):
    R = 4
    W = 2

print(Color.RED, Color(2), list(Color), Perm.R | Perm.W, repr(Color.GREEN))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.findall(r"\d+", "a1b22c333"))
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)", "2026-11-27")
print(m.groupdict(), m.span(), re.split(r"[,;]\s*", "a, b;c"))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().hits > 0, functools.partial(int, base=2)("1011"), functools.reduce(max, [3, 9, 2]))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q"))
buf = io.StringIO()
print("to buffer", file=buf)
print(repr(buf.getvalue()), textwrap.fill("word " * 12, width=30))
