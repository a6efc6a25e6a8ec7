compose = lambda f, g: lambda x: f(g(x))
bad = compose(str.upper, lambda x: x + 1)
bad("a")
