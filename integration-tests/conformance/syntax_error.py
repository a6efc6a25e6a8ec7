# A syntax error is reported before anything runs.
print("never printed")
if True
    print("x")
