def total(price, qty):
    return price * qty + " EUR"


total(2, 3)
