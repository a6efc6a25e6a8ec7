# nested try/finally unwinding order through functions, generators being closed, and with blocks
log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("enter " + self.n)
    def __exit__(self, *a):
        log.append("exit " + self.n)
def level3():
    try:
        with CM("w3"):
            raise ValueError("deep")
    finally:
        log.append("finally 3")
def level2():
    try:
        level3()
    finally:
        log.append("finally 2")
def level1():
    try:
        try:
            level2()
        finally:
            log.append("finally 1a")
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append("finally 1b")
level1()
print(log)
log.clear()
def g2():
    try:
        yield 1
    finally:
        log.append("g2 closed by for-break? no, by close")
for v in (gg := g2()):
    break
log.append("loop broken")
gg.close()
print(log)
