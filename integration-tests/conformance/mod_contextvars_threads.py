# Each thread has its own current context; a new thread starts with an empty one (CPython 3.11),
# and Context.run carries a copied context into a thread.
import contextvars
import threading

v = contextvars.ContextVar('v', default='default')
v.set('main')
results = {}


def report(key):
    results[key] = (v.get(), len(contextvars.copy_context()))


t = threading.Thread(target=report, args=('fresh thread',))
t.start()
t.join()

ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(report, 'copied context'))
t.start()
t.join()


def setter(key, value):
    v.set(value)
    barrier.wait()
    results[key] = v.get()


barrier = threading.Barrier(4)
threads = [threading.Thread(target=setter, args=('t%d' % i, 'value %d' % i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# a context entered in one thread cannot be entered in another at the same time
entered = threading.Event()
leave = threading.Event()
shared = contextvars.copy_context()


def hold():
    entered.set()
    leave.wait()


holder = threading.Thread(target=shared.run, args=(hold,))
holder.start()
entered.wait()
try:
    shared.run(print, 'not reached')
except RuntimeError as e:
    results['busy'] = str(e).startswith('cannot enter context:') and str(e).endswith('is already entered')
leave.set()
holder.join()
shared.run(v.set, 'set in shared')
results['after'] = (shared[v], v.get())

for k in sorted(results):
    print(k, results[k])
