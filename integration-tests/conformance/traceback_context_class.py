# Uncaught exception with an implicit context, raised in a with-body, from a class body's method call,
# with operators and subscripts marked by ~ and ^.
class Acc:
    def __init__(self):
        self.items = [1, 2]

    def ratio(self, i):
        return self.items[i] / (self.items[0] - 1)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def run():
    with CM():
        try:
            return Acc().ratio(5)
        except IndexError:
            return Acc().ratio(1)


run()
