"""The HTTP load the API benches send: a minimal keep-alive client, an open loop that offers
a fixed rate (latency counted from each request's scheduled time), a closed loop that
saturates the server, and percentiles of the latencies."""

from __future__ import annotations

import asyncio
import random
import statistics
import time


class Conn:
    """A minimal HTTP/1.1 keep-alive client (the load generator must cost less than the server)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, token: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(
            f"GET {path} HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await self.reader.readexactly(length)
        return status


def _requests(ids: list[int], tokens: dict[int, str], rng: random.Random):
    while True:
        sid = rng.choice(ids)
        yield f"/api/progress/student/{sid}", tokens[sid]


async def offered_load(port: int, ids, tokens, rate: int, seconds: float) -> list[float]:
    """Open loop: requests leave on schedule; latency counts from the scheduled time."""
    pool: asyncio.Queue[Conn] = asyncio.Queue()
    for _ in range(64):
        pool.put_nowait(Conn(port))
    latencies: list[float] = []
    errors = 0
    source = _requests(ids, tokens, random.Random(3))

    async def one(due: float, path: str, token: str) -> None:
        nonlocal errors
        conn = await pool.get()
        try:
            status = await conn.get(path, token)
            errors += status != 200
            latencies.append((time.perf_counter() - due) * 1000)
        finally:
            pool.put_nowait(conn)

    start, tasks = time.perf_counter(), []
    for n in range(int(rate * seconds)):
        due = start + n / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(due, *next(source))))
    await asyncio.gather(*tasks)
    if errors:
        raise RuntimeError(f"{errors} responses were not 200")
    return latencies


async def saturate(port: int, ids, tokens, connections: int, seconds: float) -> float:
    """Closed loop: each connection sends its next request as soon as the last one returns."""
    done = 0
    end = time.perf_counter() + seconds
    source = _requests(ids, tokens, random.Random(4))

    async def worker() -> None:
        nonlocal done
        conn = Conn(port)
        while time.perf_counter() < end:
            if await conn.get(*next(source)) != 200:
                raise RuntimeError("non-200 response")
            done += 1

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return done / (time.perf_counter() - start)


def pct(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1] if q < 100 else max(values)
    )
