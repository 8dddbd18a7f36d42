#!/usr/bin/env python3
"""A TCP proxy that delays every chunk, to time Rowbook against a server far away.

    latencyproxy.py --listen PORT --socket /tmp/pgt/.s.PGSQL.54400 [--delay-ms 5]

Listens on 127.0.0.1:PORT and forwards each connection to the Unix socket of a PostgreSQL server
(the throwaway cluster of the tests), holding every chunk `--delay-ms` in each direction: a round
trip then costs twice that, as on a network. Chunks keep their order and are not held behind one
another (each leaves `delay` after it arrived), so the link's bandwidth is not limited. Point
bench_pgtables at it with `--database "postgresql://localhost:PORT/bench?sslmode=disable"`.
"""
import argparse
import asyncio
import time


async def pump(reader, writer, delay):
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.ensure_future(deliver())
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            queue.put_nowait((time.monotonic() + delay, data))
    except ConnectionError:
        pass
    queue.put_nowait((0, None))
    try:
        await sender
    except ConnectionError:
        pass


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", type=int, required=True)
    parser.add_argument("--socket", required=True)
    parser.add_argument("--delay-ms", type=float, default=5.0)
    args = parser.parse_args()
    delay = args.delay_ms / 1000.0

    async def serve(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_unix_connection(args.socket)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer, delay),
                             pump(server_reader, client_writer, delay))

    server = await asyncio.start_server(serve, "127.0.0.1", args.listen)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
