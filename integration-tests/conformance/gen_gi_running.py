# gi_running is True while the generator body runs; re-entering it raises ValueError
def running():
    yield me.gi_running
    me.send(None)
me = running()
print(next(me))
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
