async def fetch():
    raise ConnectionError("refused")


async def main():
    await fetch()


coro = main()
coro.send(None)
