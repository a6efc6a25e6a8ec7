x = 'hello
y = 1
