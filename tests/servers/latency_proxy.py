"""A TCP proxy that puts a network between a store and its test server: delay, round trips, outages.

``latency_proxy(url_or_address, delay_ms=1.0)`` starts a :class:`LatencyProxy` on a free loopback
port in a background thread (its own asyncio loop) and forwards every connection to the target
(the throwaway PostgreSQL, MariaDB or S3 server). For tests and benchmarks:

* **delay**: every chunk of bytes is delivered ``delay_ms`` after it arrived, in each direction,
  so a request/response exchange costs twice the one-way delay, as on a real network. Chunks are
  queued, not held one at a time, so pipelined requests overlap as they would on a wire.
* **round trips**: counted per connection as *bursts*: bytes from the client that follow bytes
  from the server (or open the connection). A request written in several ``send`` calls is one
  burst; a pipelined batch of statements sent before any answer is one round trip, which is what
  latency charges for. :attr:`LatencyProxy.round_trips` sums them over every connection;
  :meth:`LatencyProxy.reset` zeroes the count.
* **outages**: :meth:`LatencyProxy.drop_connections` closes every open connection at once and
  refuses new ones (accepts and closes them) for ``seconds``, like a failover or a network cut.

``proxied_url(url, proxy)`` rewrites a database URL or an HTTP endpoint to go through the proxy.

Nothing here depends on pytest: benchmarks import it too.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from urllib.parse import urlsplit, urlunsplit

_CHUNK = 65536


class LatencyProxy:
    """Forwards loopback connections to ``target`` with a one-way delay; see the module docstring."""

    def __init__(self, target_host: str, target_port: int, delay_ms: float = 0.0) -> None:
        self.target = (target_host, target_port)
        self.delay_ms = delay_ms
        self.host = "127.0.0.1"
        self.port = 0
        self._round_trips = 0
        self._connections = 0
        self._refused = 0
        self._refuse_until = 0.0
        self._lock = threading.Lock()
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.AbstractServer | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="latency-proxy", daemon=True)

    # -- what tests read and change ---------------------------------------------------------

    @property
    def round_trips(self) -> int:
        """Client bursts (requests awaiting an answer) since the start or the last :meth:`reset`."""
        with self._lock:
            return self._round_trips

    @property
    def connections(self) -> int:
        """Connections accepted (and forwarded) since the start or the last :meth:`reset`."""
        with self._lock:
            return self._connections

    @property
    def refused(self) -> int:
        """Connections refused during outages (:meth:`drop_connections`) since the start or the last reset."""
        with self._lock:
            return self._refused

    def reset(self) -> None:
        with self._lock:
            self._round_trips = 0
            self._connections = 0
            self._refused = 0

    def drop_connections(self, seconds: float) -> None:
        """Close every open connection now and refuse new ones for ``seconds``."""
        with self._lock:
            self._refuse_until = time.monotonic() + seconds

        def close_all() -> None:
            for writer in list(self._writers):
                writer.transport.abort()

        self._loop.call_soon_threadsafe(close_all)

    def restore(self) -> None:
        """End an outage started by :meth:`drop_connections` now: accept connections again."""
        with self._lock:
            self._refuse_until = 0.0

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> LatencyProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = future.result(timeout=10)
        return self

    def close(self) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            # Let every connection's tasks end before the loop closes.
            others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop.close()

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._accept, self.host, 0)
        return int(self._server.sockets[0].getsockname()[1])

    # -- forwarding ----------------------------------------------------------------------------

    async def _accept(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        with self._lock:
            refused = time.monotonic() < self._refuse_until
            self._refused += refused
        if refused:
            client_writer.transport.abort()
            return
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.transport.abort()
            return
        with self._lock:
            self._connections += 1
        self._writers.update((client_writer, server_writer))
        # Which side spoke last on this connection: a client chunk after a server one opens a round trip.
        last_sender = ["server"]
        try:
            await asyncio.gather(
                self._pump(client_reader, server_writer, "client", last_sender),
                self._pump(server_reader, client_writer, "server", last_sender),
            )
        except asyncio.CancelledError:
            pass  # the proxy is closing: asyncio would log a cancelled connection handler as an error
        finally:
            for writer in (client_writer, server_writer):
                self._writers.discard(writer)
                writer.transport.abort()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        sender: str,
        last_sender: list[str],
    ) -> None:
        """Read from one side and deliver each chunk to the other ``delay_ms`` after it arrived."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        deliver = asyncio.ensure_future(self._deliver(queue, writer))
        try:
            while True:
                try:
                    data = await reader.read(_CHUNK)
                except (ConnectionError, OSError):
                    data = b""
                if sender == "client" and data and last_sender[0] == "server":
                    with self._lock:
                        self._round_trips += 1
                if data:
                    last_sender[0] = sender
                queue.put_nowait((time.monotonic() + self.delay_ms / 1000, data))
                if not data:
                    break
            await deliver
        finally:
            deliver.cancel()
            with suppress(asyncio.CancelledError):
                await deliver

    async def _deliver(self, queue: asyncio.Queue[tuple[float, bytes]], writer: asyncio.StreamWriter) -> None:
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                with suppress(OSError, RuntimeError):
                    if writer.can_write_eof():
                        writer.write_eof()
                return
            try:
                writer.write(data)
                await writer.drain()
            except (ConnectionError, OSError):
                return


def _address_of(target: str | tuple[str, int]) -> tuple[str, int]:
    if isinstance(target, tuple):
        return target
    parts = urlsplit(target)
    if parts.hostname is None or parts.port is None:
        raise ValueError(f"{target!r} names no host and port to proxy")
    return parts.hostname, parts.port


def proxied_url(url: str, proxy: LatencyProxy) -> str:
    """``url`` (a database URL or HTTP endpoint) with its host and port replaced by the proxy's."""
    parts = urlsplit(url)
    credentials, _, _ = parts.netloc.rpartition("@")
    netloc = f"{credentials}@" if credentials else ""
    return urlunsplit(parts._replace(netloc=f"{netloc}{proxy.host}:{proxy.port}"))


@contextmanager
def latency_proxy(target: str | tuple[str, int], delay_ms: float = 0.0) -> Iterator[LatencyProxy]:
    """A started :class:`LatencyProxy` to ``target`` (a URL with host and port, or an address)."""
    proxy = LatencyProxy(*_address_of(target), delay_ms=delay_ms).start()
    try:
        yield proxy
    finally:
        proxy.close()
