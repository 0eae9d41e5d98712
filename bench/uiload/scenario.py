"""What the simulated students do: their cookies, the event mix, the injections, the report."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from importlib import resources

import httpx
import psycopg2

from bench.uiload import clients

# (state class, handler, payload kind, page) — the events a student's open tabs send.
MIX = (
    ("companion.state.dashboard", "DashboardState", "load_dashboard", None, "/dashboard"),
    ("companion.state.notifications", "NotificationsState", "load_unread", None, "/dashboard"),
    ("companion.state.progress", "ProgressState", "load_progress", None, "/progress"),
    ("companion.state.practice_list", "PracticeListState", "load_practice", None, "/practice"),
    ("companion.state.progress", "ProgressState", "choose", "key", "/progress"),
    ("companion.state.practice_list", "PracticeListState", "toggle_concept", "toggle", "/practice"),
)
TWO_MB = 2 * 1024 * 1024


def two_mb_session(chunk: str) -> str:
    """2 MB of a dialogue, its numbers varied from round to round: a long session's turns
    differ (the engine reads a turn it has seen before from memory)."""
    lines: list[str] = []
    size, round_no = 0, 0
    while size < TWO_MB:
        for line in chunk.splitlines():
            varied = line.replace("5", str(5 + round_no)).replace("3", str(3 + round_no % 7))
            lines.append(varied)
            size += len(varied) + 1
        round_no += 1
    return "\n".join(lines)[:TWO_MB]


def handler_name(module: str, cls: str, handler: str) -> str:
    """The full event name the browser sends for `cls.handler` (checked to exist)."""
    import importlib

    state = getattr(importlib.import_module(module), cls)
    if handler not in state.event_handlers:
        raise SystemExit(f"{cls}.{handler} is not an event handler any more: update bench MIX")
    return f"{state.get_full_name()}.{handler}"


@dataclass
class Scenario:
    cookies: list[str]
    keys: list[list[str]]  # each student's own concept keys
    tutor_cookie: str
    student_ids: list[int]
    names: dict[str, str] = field(default_factory=dict)
    url: str = ""

    @classmethod
    def load(cls, url: str, students: int) -> Scenario:
        from companion.services.security import issue_token

        conn = psycopg2.connect(url)
        with conn, conn.cursor() as cur:
            cur.execute("SELECT id, email, role FROM users ORDER BY id")
            users = cur.fetchall()
            cur.execute("SELECT student_id, concept_key FROM knowledge_states ORDER BY 1, 2")
            keys: dict[int, list[str]] = {}
            for sid, key in cur.fetchall():
                keys.setdefault(sid, []).append(key)
        conn.close()

        def token(uid, email, role):
            return issue_token(user_id=uid, email=email, role=role, version=0)

        studs = [u for u in users if u[2] == "student"][:students]
        tutor = next(u for u in users if u[2] == "tutor")
        names = {f"{c}.{h}": handler_name(m, c, h) for m, c, h, _, _ in MIX}
        names["TutorState.load_home"] = handler_name(
            "companion.state.tutor", "TutorState", "load_home"
        )
        names["PracticeState.load_set"] = handler_name(
            "companion.state.practice", "PracticeState", "load_set"
        )
        return cls(
            [token(*u) for u in studs],
            [keys.get(u[0], []) for u in studs],
            token(*tutor),
            [u[0] for u in studs],
            names,
            url,
        )

    def opening(self, i: int) -> list[clients.Action]:
        """The student's tabs load the dashboard, progress and practice pages."""
        return [
            clients.Action(self.names[f"{cls}.{handler}"], {}, path)
            for _, cls, handler, kind, path in MIX
            if kind is None
        ]

    def mix(self, rng, i: int) -> clients.Action:
        _, cls, handler, kind, path = rng.choice(MIX)
        keys = self.keys[i] or ["none"]
        payload: dict = {}
        if kind == "key":
            payload = {"key": rng.choice(keys)}
        elif kind == "toggle":
            payload = {"key": rng.choice(keys), "on": rng.random() < 0.5}
        return clients.Action(self.names[f"{cls}.{handler}"], payload, path)

    async def _tutor_home(self, url: str) -> float:
        c = clients.Client(url, self.tutor_cookie)
        await c.connect()
        started = time.monotonic()
        await c.send(clients.Action(self.names["TutorState.load_home"], {}, "/tutor"))
        took = time.monotonic() - started
        await c.close()
        return took

    async def _practice_submit(self, url: str) -> float:
        headers = {"Authorization": f"Bearer {self.cookies[0]}"}
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60) as http:
            r = await http.post("/api/practice/generate", json={"concept_keys": self.keys[0][:3]})
            pid = r.json()["data"]["id"]
            for _ in range(120):
                p = (await http.get(f"/api/practice/{pid}")).json()["data"]
                if p["status"] == "ready":
                    break
                await asyncio.sleep(0.25)
            started = time.monotonic()
            answers = ["1"] * len(p["problems"])
            await http.post(f"/api/practice/{pid}/submit", json={"answers": answers})
            return time.monotonic() - started

    async def _upload(self, url: str) -> float:
        text = resources.files("companion.demo").joinpath("algebra_linear_equations.txt")
        content = two_mb_session(text.read_text(encoding="utf-8"))
        headers = {"Authorization": f"Bearer {self.cookies[0]}"}
        started = time.monotonic()
        async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120) as http:
            body = {"content": content, "subject": "Algebra I", "date": "2026-11-20"}
            r = await http.post("/api/transcripts/upload", json=body)
            r.raise_for_status()
            sid = r.json()["data"]["id"]
            student = self.student_ids[0]
            # The list carries each transcript's status without its text: polling the
            # session itself would send the 2 MB back four times a second.
            for _ in range(480):
                listed = await http.get(f"/api/transcripts/student/{student}?limit=5")
                rows = listed.json()["data"]
                status = next(
                    (x["transcript"]["status"] for x in rows if x["session"]["id"] == sid), ""
                )
                if status in ("completed", "failed"):
                    return time.monotonic() - started
                await asyncio.sleep(0.25)
        raise TimeoutError(f"session {sid} not analysed within 120 s")

    async def injections(self, url: str, seconds: float, out: dict, before_upload=None) -> None:
        """Tutor home, practice submit, 2 MB upload + analysis, spread over the run;
        `before_upload()` runs just before the upload (the memory reading)."""
        plan = (
            (0.2, "tutor_home_300", self._tutor_home),
            (0.45, "practice_submit", self._practice_submit),
            (0.7, "upload_2mb_and_analysis", self._upload),
        )
        t0 = time.monotonic()
        for at, name, fn in plan:
            await asyncio.sleep(max(0.0, t0 + at * seconds - time.monotonic()))
            if fn == self._upload and before_upload is not None:
                before_upload()
            start = time.monotonic()
            out[name] = {"start": start}  # a window from now on, even while it runs
            try:
                took = await fn(url)
                out[name] |= {"end": start + took + 0.5, "took_ms": round(took * 1000)}
            except Exception as exc:  # a bench reports, it does not stop
                out[name] |= {"end": time.monotonic() + 0.5, "error": repr(exc)[:200]}

    async def read_modify_write(self, url: str) -> dict:
        """Toggle concepts across reloads on several workers; every toggle must survive."""
        name = self.names["PracticeListState.toggle_concept"]
        load = self.names["PracticeListState.load_practice"]
        lost = reconnect_failures = 0
        c = clients.Client(url, self.cookies[-1])
        wanted: list[str] = []
        for key in self.keys[-1][:12]:
            try:
                await c.connect()
            except Exception:
                reconnect_failures += 1
                continue
            await c.send(clients.Action(load, {}, "/practice"))
            toggle = clients.Action(name, {"key": key, "on": True}, "/practice")
            reply = await c.send(toggle, want="chosen_concepts")
            wanted.append(key)
            chosen = clients.find_var(reply, "chosen_concepts") or []
            lost += len([k for k in wanted if k not in chosen])
            await c.close()
        return {"rmw_lost_updates": lost, "rmw_reconnect_failures": reconnect_failures}

    def report(self, run, seconds, injections, base_rss, rss, cpu=None) -> dict:
        start, end = run.started + 2, run.started + seconds
        out = clients.summarize(run.samples, start, end)
        windows = injection_windows(injections)
        quiet = [s for s in run.samples if not any(a <= s.due < b for a, b in windows)]
        out["quiet_p99_ms"] = clients.summarize(quiet, start, end)["p99_ms"]
        out["quiet_by_handler"] = clients.by_handler(quiet, start, end)
        if cpu is not None:  # CPU of the serving process per event, outside the injections
            out["cpu_ms_per_event"], out["cpu_events"] = cpu.per_event_ms(run.completions, windows)
        out["rss_per_student_kb"] = round((rss - base_rss) / max(1, len(self.cookies)), 1)
        out["timeouts"], out["connect_failures"] = run.timeouts, run.connect_failures
        inj = {}
        for name, v in injections.items():
            if "end" not in v:
                inj[name] = {"error": "still running when the report was made"}
            elif "error" in v:
                inj[name] = {"error": v["error"]}
            else:
                others = clients.summarize(run.samples, v["start"], min(v["end"], end))
                inj[name] = {
                    "took_ms": v["took_ms"],
                    "others_p99_ms": others["p99_ms"],
                    "others_events": others["events"],
                }
        out["injections"] = inj
        return out


def injection_windows(injections: dict) -> list[tuple[float, float]]:
    """The time around each injection (a second either side; open-ended while it runs)."""
    return [
        (v["start"] - 1, v.get("end", float("inf")) + 1)
        for v in injections.values()
        if "start" in v
    ]
