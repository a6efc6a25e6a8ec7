# Uncaught exception with an explicit cause raised from a method, after handling another exception.
class Config:
    def __init__(self, data):
        self.data = data

    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise LookupError(f"no setting {key!r}") from e


def load():
    cfg = Config({"a": 1})
    print(cfg.get("a"))
    return cfg.get("b")


load()
