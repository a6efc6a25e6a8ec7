# dict.fromkeys on a subclass makes the instance with cls() and fills it through its __setitem__;
# an exact dict is filled directly.
class Exc(Exception):
    pass


class BadInit(dict):
    def __init__(self):
        raise Exc('init')


class BadSetitem(dict):
    def __setitem__(self, key, value):
        raise Exc('setitem')


class Logged(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value * 2)


for cls in (BadInit, BadSetitem):
    try:
        cls.fromkeys([1])
    except Exc as e:
        print(cls.__name__, 'Exc', e)
r = Logged.fromkeys('ab', 1)
print(type(r).__name__, r)
print(dict.fromkeys('ab', 0), BadSetitem.fromkeys([]))
