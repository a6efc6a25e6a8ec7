class Node:
    next = None


head = Node()
print(head.next.next.value)
