# with: __enter__/__exit__ order, as-targets (tuples), multiple managers, return and break inside.
class CM:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value

    def __enter__(self):
        print("enter", self.name)
        return self.value if self.value is not None else self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et, ev, tb)
        return False


with CM("a") as a:
    print("body", a.name)
with CM("b", (1, 2)) as (x, y):
    print("unpacked", x, y)
with CM("outer"), CM("inner") as i:
    print("two managers", i.name)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1.name, p2.name)


def ret():
    with CM("r"):
        return "returned"


print(ret())
for k in range(3):
    with CM("loop" + str(k)):
        if k == 1:
            break
        continue
print("after loop")
with CM("no target"):
    pass
lst = [0]
with CM("item", 5) as lst[0]:
    pass
print(lst)
