class Config:
    @classmethod
    def from_dict(cls, d):
        return cls(d["name"])

    def __init__(self, name):
        self.name = name


Config.from_dict({})
