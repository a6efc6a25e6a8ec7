first = 10
second = 0
value = (first
         // second)
