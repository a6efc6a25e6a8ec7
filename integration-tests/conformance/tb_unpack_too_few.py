def split_pair(text):
    left, right = text.split("=")
    return left, right


split_pair("novalue")
