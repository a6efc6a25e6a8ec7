def close(resource):
    resource.close()


try:
    x = 1 / 0
finally:
    close(None)
