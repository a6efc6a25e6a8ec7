class Base:
    def run(self):
        raise NotImplementedError("subclass must implement")


class Child(Base):
    def run(self):
        return super().run()


Child().run()
