exec("x = (1 +")
