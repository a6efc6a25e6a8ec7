# Instance attribute reads and writes in a loop: self.x style loads and stores on one object.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    p = P(0, 0)
    total = 0
    for i in range(n):
        p.x = i
        p.y = p.x + 1
        total += p.y - p.x
    return total


print(run(3_000_000))
