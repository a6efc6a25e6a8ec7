# contextvars.Context: the mapping protocol, copy_context, run (and re-entering), copies that do
# not see later changes, equality.
import contextvars
import re


def show(o):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(o))


a = contextvars.ContextVar('a', default=0)
b = contextvars.ContextVar('b')
base = contextvars.copy_context()
print(len(base), a in base, base.get(a), base.get(a, 'dflt'), list(base))
a.set(1)
b.set('x')
ctx = contextvars.copy_context()
print(len(ctx), ctx[a], ctx[b], a in ctx, b in ctx, len(base))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(map(str, ctx.values())),
      sorted((k.name, v) for k, v in ctx.items()))
keys = ctx.keys()
print(len(keys), type(keys).__name__, iter(keys) is keys, len(list(keys)), list(keys))
print(bool(ctx), bool(contextvars.Context()), len(contextvars.Context()))


def inside(x, *, y):
    a.set(a.get() + x + y)
    return a.get(), contextvars.copy_context()[a]


print(ctx.run(inside, 10, y=100), a.get(), ctx[a])
print(ctx.run(inside, 1, y=0), a.get(), ctx[a])
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2[a])
c2.run(a.set, 55)
print(c2[a], ctx[a], c2 == ctx, c2 != ctx, ctx == base, ctx == 1, ctx != 1)

try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print('RuntimeError', show(e))


def boom():
    a.set(-1)
    raise ValueError('from inside')


try:
    ctx.run(boom)
except ValueError as e:
    print(e, ctx[a], a.get())
print(ctx.run(lambda: 'entered again after an error'))

empty = contextvars.Context()
print(empty.run(a.get), empty.run(lambda: b.get('none here')))

for bad in [lambda: ctx['a'], lambda: 'a' in ctx, lambda: ctx.get(1), lambda: ctx.get(),
            lambda: ctx.get(a, 1, 2), lambda: ctx.run(), lambda: ctx.run(f=print), lambda: ctx.keys(1),
            lambda: ctx.copy(1), lambda: contextvars.Context(1), lambda: contextvars.copy_context(1),
            lambda: hash(ctx)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    empty[b]
except KeyError as e:
    print('KeyError', show(e))
print(show(type(ctx)), type(ctx).__module__)

# a generator's body runs in whatever context is current when it is resumed
def gen():
    yield a.get()
    yield a.get()


g = gen()
print(next(g), contextvars.Context().run(next, g))
