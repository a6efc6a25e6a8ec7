async while x:
    pass
