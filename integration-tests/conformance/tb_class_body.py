class Broken:
    size = 10
    ratio = size / 0
