# carets under a failing sub-expression that spans several lines, and under a call inside a larger expression
def divide(a, b):
    return a / b
values = {"x": 1,
          "y": 0}
result = (values["x"] +
          divide(values["x"],
                 values["y"]))
