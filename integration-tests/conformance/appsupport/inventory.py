from .shapes.base import Shape


class Inventory:
    """Items counted by name; iteration yields (name, count) sorted by name."""

    def __init__(self):
        self._items = {}

    def add(self, name, count=1):
        self._items[name] = self._items.get(name, 0) + count
        return self

    def __iter__(self):
        for name in sorted(self._items):
            yield name, self._items[name]

    def __len__(self):
        return len(self._items)

    def total(self):
        return sum(count for _, count in self)

    def counter(self, start=0):
        value = start

        def step(by=1):
            nonlocal value
            value += by
            return value
        return step

    def shapes_only(self, things):
        return [t for t in things if isinstance(t, Shape)]
