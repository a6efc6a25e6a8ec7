# re-raising keeps identity, args, attributes and notes; raising the same instance twice accumulates traceback entries
class Tagged(Exception):
    pass
def inner():
    e = Tagged("orig")
    e.extra = "attr"
    e.add_note("n1")
    raise e
def middle():
    try:
        inner()
    except Tagged as e:
        e.add_note("n2")
        raise
try:
    middle()
except Tagged as e:
    print(e.args, e.extra, e.__notes__)
    first = e
def again():
    raise first
try:
    again()
except Tagged as e:
    print(e is first)
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("traceback entries", n)
try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise v
except ValueError as v2:
    print(v2.__context__ is None, repr(v2))
