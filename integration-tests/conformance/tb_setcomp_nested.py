rows = [[1, 2], [3, None]]
total = {x + 1 for row in rows for x in row}
