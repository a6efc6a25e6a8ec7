def retry(times):
    def deco(fn):
        def wrapper(*args):
            for _ in range(times):
                result = fn(*args)
            return result
        return wrapper
    return deco


@retry(2)
def fetch(key):
    return {"a": 1}[key]


fetch("b")
