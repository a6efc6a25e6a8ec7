x = 1jabc
