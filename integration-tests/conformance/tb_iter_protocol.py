class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise ValueError("went below zero")
        return self.n


for _ in Countdown(2):
    pass
