# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) and assigning tb_next, with CPython checks
import sys, types
f = sys._getframe()
T = types.TracebackType
for args in [(None, f, 0, 1), (1, f, 0, 1), (None, 1, 0, 1), (None, f, 'a', 1), (None, f, 0, 'b'), (None, f, 0), (), (None,f,0,1,5), (None, f, 1.5, 1), (None, f, 2**70, 1)]:
    try: t = T(*args); print(type(t).__name__, t.tb_next, t.tb_lasti, t.tb_lineno)
    except Exception as e: print(type(e).__name__, e)
try: print(T(tb_next=None, tb_frame=f, tb_lasti=3, tb_lineno=4).tb_lineno)
except Exception as e: print(type(e).__name__, e)
t = T(None, f, 0, 1)
for v in [1, t, None]:
    try: t.tb_next = v; print('ok', t.tb_next)
    except Exception as e: print(type(e).__name__, e)
t2 = T(t, f, 0, 1)
try: t.tb_next = t2
except Exception as e: print(type(e).__name__, e)
try: del t.tb_next
except Exception as e: print(type(e).__name__, e)
try: t.tb_lineno = 5
except Exception as e: print(type(e).__name__, e)
try: t.foo = 5
except Exception as e: print(type(e).__name__, e)
print(T.__module__, T.__name__, T.__qualname__)
try:
    class S(T): pass
except TypeError as e: print(e)
