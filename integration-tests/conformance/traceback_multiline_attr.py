# An attribute or method call whose name sits on a later line than its object is located at the
# name (CPython 3.11's update_start_location_to_match_attr): line and carets of the traceback.
import traceback


def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, tb.tb_lineno - fn.__code__.co_firstlineno)
        print("".join(traceback.format_exception(e)[-2:]).replace(__file__, "FILE"))


def a():
    r = (None
         .method
         )()


def b():
    r = (None.
         method
         )()


def c():
    r = (None
         . method
         )()


def d():
    x = (None
         .attr)


def e():
    class O:
        pass
    (O()
     .x) = (None
            .y)


def f():
    r = (len
         (None))


for fn in (a, b, c, d, e, f):
    show(fn)
