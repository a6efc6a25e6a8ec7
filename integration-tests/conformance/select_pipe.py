# select.select and select.poll on a pipe.
import os
import select
import selectors

r, w = os.pipe()
print(select.select([r], [], [], 0))
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'data')
print(select.select([r], [], [], 1.0) == ([r], [], []))
print(os.read(r, 100))

p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0))
os.write(w, b'x')
print(p.poll(100) == [(r, select.POLLIN)])
os.read(r, 1)
p.modify(r, select.POLLIN | select.POLLOUT)
p.register(w, select.POLLOUT)
print(p.poll(0) == [(w, select.POLLOUT)])
p.unregister(r)
try:
    p.unregister(r)
except KeyError as e:
    print('KeyError', e.args[0] == r)
try:
    p.modify(r, select.POLLIN)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)

try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print(e)
try:
    select.select([], [], [], 'x')
except TypeError as e:
    print(e)
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL)

os.close(w)
print(select.select([r], [], [], 1.0) == ([r], [], []))
print(os.read(r, 10))
os.close(r)
try:
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno)

with selectors.DefaultSelector() as sel:
    r, w = os.pipe()
    sel.register(r, selectors.EVENT_READ, 'reader')
    print(sel.select(0))
    os.write(w, b'y')
    print([(k.data, ev) for k, ev in sel.select(1.0)])
    os.close(r)
    os.close(w)
