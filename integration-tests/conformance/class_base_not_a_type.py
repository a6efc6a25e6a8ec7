# a non-class base: its type is used as the metaclass and called with (name, bases, ns)
for base in [1, "s", None, len]:
    try:
        class Z(base):
            pass
    except TypeError as e:
        print("TypeError", e)
