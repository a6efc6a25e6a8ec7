# contextvars.ContextVar and Token: get/set/reset, defaults, reprs and CPython's errors.
import contextvars
import re


def show(o):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(o))


v = contextvars.ContextVar('v', default=1)
w = contextvars.ContextVar('w')
n = contextvars.ContextVar('n', default=None)
print(show(v), show(w), show(n), show(contextvars.ContextVar('s', default='text')))
print(v.name, v.get(), v.get(5), w.get(7), n.get(), n.get('x'))
print(type(v).__name__, type(v).__module__, contextvars.ContextVar is contextvars._contextvars.ContextVar
      if hasattr(contextvars, '_contextvars') else True)
try:
    w.get()
except LookupError as e:
    print('LookupError', show(e.args[0]) == show(w))

t = v.set(2)
print(show(t), t.var is v, t.old_value is contextvars.Token.MISSING, v.get(), v.get(9))
t2 = v.set(3)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get(), show(t2))
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', show(e))
v.reset(t)
print(v.get(), v.get(4))

tw = w.set('x')
try:
    v.reset(tw)
except ValueError as e:
    print('ValueError', show(e))
w.reset(tw)
try:
    w.get()
except LookupError:
    print('w unset again')

tok = v.set(10)
def elsewhere():
    try:
        v.reset(tok)
    except ValueError as e:
        print('ValueError', show(e))
contextvars.Context().run(elsewhere)
v.reset(tok)

print(show(contextvars.Token.MISSING), type(contextvars.Token.MISSING).__name__)
print(contextvars.ContextVar[int], contextvars.Token[str])
print(hash(v) == hash(v), v == v, v != w)

for bad in [lambda: contextvars.ContextVar(), lambda: contextvars.ContextVar(1),
            lambda: contextvars.ContextVar('a', 'b'), lambda: contextvars.ContextVar('a', defaul=1),
            lambda: contextvars.Token(), lambda: v.get(1, 2), lambda: v.get(x=1), lambda: v.set(),
            lambda: v.set(1, 2), lambda: v.reset(1), lambda: v.reset('a'),
            lambda: contextvars.ContextVar.get(1)]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    v.name = 'other'
except AttributeError as e:
    print('AttributeError', e)
try:
    t.var = None
except AttributeError as e:
    print('AttributeError', e)
try:
    v.other = 1
except AttributeError as e:
    print('AttributeError', e)
for base in [contextvars.ContextVar, contextvars.Token, contextvars.Context]:
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError', e)
print(print(contextvars.ContextVar('d', default=[1]).get()))
