x = bu"abc"
