class Broken:
    def __enter__(self):
        raise PermissionError("cannot open")

    def __exit__(self, *exc):
        return False


with Broken():
    pass
