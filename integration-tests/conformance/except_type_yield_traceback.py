# an exception no except clause with a yielding type matches propagates with its own traceback; the
# type expression runs while the exception is being handled
import sys
def g():
    try:
        raise ValueError("v")
    except (yield sys.exc_info()[0].__name__):
        pass
it = g()
print(next(it))
it.send(KeyError)
