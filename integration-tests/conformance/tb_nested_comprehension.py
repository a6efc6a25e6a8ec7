matrix = [[1, 2], [3, 0]]
inverse = [[1 / v for v in row] for row in matrix]
