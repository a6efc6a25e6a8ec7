class Registry(dict):
    def __missing__(self, key):
        raise LookupError(f"unregistered: {key}")


Registry()["plugin"]
