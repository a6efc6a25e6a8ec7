def pairs(items):
    for i in range(len(items)):
        yield items[i], items[i + 1]


def consume():
    return [p for p in pairs([1, 2, 3])]


consume()
