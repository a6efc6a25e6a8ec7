def greet(name, greeting):
    return greeting + name


greet("x")
