# str.format_map uses the mapping directly (no copy), so a dict subclass's __missing__ supplies absent keys
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Missing(a=1)), "{x}".format_map({"x": 1}), "{x[0]}".format_map({"x": "yz"}))
try:
    "{y}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
