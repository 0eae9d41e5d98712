"""The app's backend and a bare Reflex counter app, each in its own process on a free port."""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
JOB_WORKER = "jobs.inprocess"  # the backend's child worker process (its module)

BARE_CONFIG = """import reflex as rx

config = rx.Config(app_name="bare", telemetry_enabled=False, show_built_with_reflex=False)
"""
BARE_APP = """import reflex as rx


class CounterState(rx.State):
    count: int = 0

    @rx.event
    def increment(self):
        self.count += 1


def index() -> rx.Component:
    return rx.text(CounterState.count)


app = rx.App()
app.add_page(index)
"""
BARE_HANDLER = "reflex___state____state.bare___bare____counter_state.increment"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid: int) -> float:
    """Resident memory of a server, in KiB: the process and its children, except the job
    worker (a 2 MB analysis grows it; that is not memory the connected students hold)."""
    proc = psutil.Process(pid)
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            if JOB_WORKER not in p.cmdline():
                total += p.memory_info().rss
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a server: the process and its live children, except the
    job worker (its analyses are not the cost of serving events)."""
    root = psutil.Process(pid)
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            if JOB_WORKER in proc.cmdline():
                continue
            times = proc.cpu_times()
            total += times.user + times.system
    return total


class CpuSampler:
    """CPU seconds of a server process tree, read every `every` seconds while a run lasts."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        self.pid, self.every = pid, every
        self.samples: list[tuple[float, float]] = []  # (monotonic time, CPU seconds)
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        async def loop() -> None:
            while True:
                self.samples.append((time.monotonic(), cpu_seconds(self.pid)))
                await asyncio.sleep(self.every)

        self._task = asyncio.get_running_loop().create_task(loop())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.samples.append((time.monotonic(), cpu_seconds(self.pid)))

    def per_event_ms(
        self, completions: list[float], skip: list[tuple[float, float]] | None = None
    ) -> tuple[float, int]:
        """CPU ms per event answered, over the sampled intervals that overlap no `skip` window."""
        done = sorted(completions)
        cpu = 0.0
        events = 0
        for (t0, c0), (t1, c1) in zip(self.samples, self.samples[1:], strict=False):
            if any(a < t1 and t0 < b for a, b in skip or ()):
                continue
            cpu += c1 - c0
            events += bisect.bisect_left(done, t1) - bisect.bisect_left(done, t0)
        return (round(cpu * 1000 / events, 3) if events else float("nan")), events


def serving_pid(pid: int) -> int:
    """The process that serves the events: the deepest of the tree, job worker aside
    (`reflex run` starts granian, which starts its worker)."""
    proc = psutil.Process(pid)
    while True:
        kids = [c for c in proc.children() if JOB_WORKER not in c.cmdline()]
        if not kids:
            return proc.pid
        proc = kids[0]


def profile(pid: int, path: str, seconds: float) -> subprocess.Popen:
    """py-spy (installed by hand, not a project dependency) sampling the server for `seconds`:
    collapsed stacks of the thread holding the GIL (Python CPU) in `path`."""
    spy = BIN / "py-spy"
    if not spy.exists():
        raise SystemExit("--profile needs py-spy in the venv: pip install py-spy")
    cmd = [str(spy), "record", "--pid", str(serving_pid(pid)), "--duration", str(int(seconds))]
    cmd += ["--format", "raw", "--output", path, "--rate", "200", "--nonblocking", "--gil"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_ready(url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/ping", timeout=1).status_code == 200:
                return
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@contextlib.contextmanager
def backend(cwd: Path, env: dict[str, str], workers: int = 1) -> Iterator[tuple[str, int]]:
    """`reflex run --env prod --backend-only` in `cwd`; yields (base URL, pid)."""
    port = free_port()
    full_env = {
        **os.environ,
        **env,
        "GRANIAN_WORKERS": str(workers),
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        "REFLEX_USE_SYSTEM_BUN": "1",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    cmd = [str(BIN / "reflex"), "run", "--env", "prod", "--backend-only"]
    cmd += ["--backend-port", str(port), "--loglevel", "warning"]
    with tempfile.TemporaryFile("w+", prefix="bench-ui-") as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(url, proc)
            yield url, proc.pid
        except RuntimeError:
            log.seek(0)
            print(log.read()[-3000:], file=sys.stderr)
            raise
        finally:
            _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    with contextlib.suppress(psutil.Error):
        for child in psutil.Process(proc.pid).children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child.terminate()
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextlib.contextmanager
def bare_app(env: dict[str, str], workers: int = 1) -> Iterator[tuple[str, int]]:
    """The smallest Reflex app with one counter handler, same server and state manager."""
    with tempfile.TemporaryDirectory(prefix="bare-reflex-") as tmp:
        root = Path(tmp)
        (root / "rxconfig.py").write_text(BARE_CONFIG)
        (root / "bare").mkdir()
        (root / "bare" / "__init__.py").write_text("")
        (root / "bare" / "bare.py").write_text(BARE_APP)
        with backend(root, env, workers) as served:
            yield served
