# Comparing lists reads them live: an item's __eq__ that empties either list makes the comparison
# end on the lengths (bpo-38588).
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != list4)
list3 = [Z(), 5]
list4 = [1, 5]
print(list3 < list4, list3)
print([1, 2, 3] < [1, 2, 4], [1, 2] <= [1, 2], [1, [2]] == [1, [2]], [] > [0])
