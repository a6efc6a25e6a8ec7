def rethrow():
    raise


rethrow()
