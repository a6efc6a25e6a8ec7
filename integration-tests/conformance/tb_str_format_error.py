template = "{name} is {age}"
template.format(name="x")
