# recursion, mutual recursion, functions as values, attributes on functions, __call__ objects, callable()
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(fact(20), fact(30), is_even(10), is_odd(7))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
print(fib_memo(90))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: f(3, 4) for k, f in ops.items()})
def tagged():
    pass
tagged.tag = "t"
tagged.count = 0
tagged.count += 1
print(tagged.tag, tagged.count, sorted(tagged.__dict__))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return x + self.n + sum(more)
a = Adder(10)
print(a(1), a(1, 2, 3), callable(a), callable(Adder), callable(1), callable(len), callable(lambda: 0), callable("s".upper))
def apply(f, *a, **k):
    return f(*a, **k)
print(apply(max, 1, 5, 3), apply(sorted, [3, 1], reverse=True), apply(Adder(1), 1))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
print(fact.__name__, type(fact).__name__, fact.__doc__, (lambda: 0).__doc__)
def documented():
    """Doc string here."""
print(documented.__doc__)
