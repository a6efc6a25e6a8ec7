# A multi-module program: a package with relative imports, a __main__ guard, classes,
# generators and closures working together.
from appsupport import Inventory, make_shape
from appsupport.shapes import Shape
from appsupport.shapes import kinds


def main():
    inv = Inventory().add("bolt", 3).add("nut", 5).add("bolt")
    print(len(inv), list(inv), inv.total())
    step = inv.counter(10)
    print(step(), step(5), step())
    shapes = [make_shape("square", 3), make_shape("circle", 2), make_shape("square", 1)]
    print(sorted(shapes), [s.area() for s in shapes])
    print(inv.shapes_only(shapes + ["x", 1]), Shape.registry, kinds.MODULE_SEEN)
    try:
        make_shape("hexagon", 1)
    except ValueError as e:
        print("error:", e, e.__cause__, e.__suppress_context__)
    gen = (name.upper() for name, count in inv if count > 3)
    print(next(gen), list(gen))


if __name__ == "__main__":
    main()
