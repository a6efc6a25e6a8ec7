from . import loaded

loaded.append(__name__)
count = 0


def bump():
    global count
    count += 1
    return count


class Thing:
    def explode(self, n):
        return helper(n)


def helper(n):
    return {"a": 1}[n]
