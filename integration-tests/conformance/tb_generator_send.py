def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulator()
next(acc)
acc.send(5)
acc.send("x")
