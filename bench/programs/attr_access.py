# Attribute reads and writes on instances of a user class.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    p = Point(1, 2)
    q = Point(3, 4)
    total = 0
    for i in range(n):
        p.x = q.y + i
        q.y = p.x - i
        total += p.x + q.x + p.y
    return total


print(run(400000))
