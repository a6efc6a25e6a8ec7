# Method calls on user objects: bound-method lookup through the class, argument passing, self.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n = self.n + k
        return self

    def get(self):
        return self.n


def run(n):
    c = Counter()
    i = 0
    while i < n:
        c.bump(1)
        c.bump(2).get()
        i += 1
    return c.get()


print(run(200000))
