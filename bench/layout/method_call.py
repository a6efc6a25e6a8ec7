# Method calls on an instance in a loop: obj.m() and obj.m(arg), each reading self attributes.
class A:
    def __init__(self):
        self.v = 1
        self.w = 2

    def get(self):
        return self.v

    def add(self, k):
        return self.w + k


def run(n):
    a = A()
    t = 0
    for i in range(n):
        t += a.get() + a.add(i)
    return t


print(run(2_000_000))
