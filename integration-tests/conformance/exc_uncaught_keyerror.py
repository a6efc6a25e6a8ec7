# an uncaught KeyError prints its key's repr in the traceback; a note follows the message
def lookup(d, k):
    return d[k]
try:
    lookup({}, "a")
except KeyError as e:
    print("caught", e)
lookup({"x": 1}, ("tuple", "key"))
