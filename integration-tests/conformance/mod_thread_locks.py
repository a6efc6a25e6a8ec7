# _thread: locks, reentrant locks, starting threads, errors
import _thread

l = _thread.allocate_lock()
print(type(l).__name__, type(l) is _thread.LockType, l.locked())
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
with l:
    print("inside", l.locked())
print("after", l.locked())
print(l.acquire_lock(), l.locked_lock())
l.release_lock()

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

class MyRLock(_thread.RLock):
    pass

print(isinstance(MyRLock(), _thread.RLock))

done = _thread.allocate_lock()
done.acquire()
results = []

def work(a, b=0):
    results.append((a + b, _thread.get_ident() != main_id))
    done.release()

main_id = _thread.get_ident()
tid = _thread.start_new_thread(work, (1,), {"b": 2})
done.acquire()
print(results, isinstance(tid, int))
for bad in [(1, ()), (work, [1]), (work, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e6)
