x = "abÿ"
