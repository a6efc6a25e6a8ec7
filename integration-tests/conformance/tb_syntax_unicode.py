text = "héllo"
x = (text +)
