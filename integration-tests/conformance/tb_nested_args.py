def parse(text):
    return int(text)


def load(items):
    return [parse(i) for i in items]


load(["1", "2", "three"])
