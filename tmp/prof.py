import sys, time
sys.path.insert(0, ".")
sys.argv=["x"]
import bench.bench_outcomes as b
from sqlmodel import Session
from companion import db
from companion.models import User, Role
from companion.services import outcomes as o, outcome_tables as t
from companion.services.outcome_sql import scope_ids
from datetime import timedelta
engine = db.make_engine(b._url())
admin = User(id=0, email="a", name="A", role=Role.admin, password_hash="x")
since, until = b.END - timedelta(days=28), b.END
scope = scope_ids(admin)
from companion.services import events as ev
fns = {
 "reference": lambda s: o._reference(s, since, until, scope),
 "goals": lambda s: o._followed(s, "goals", ev.GOAL_CREATED, ev.GOAL_COMPLETED, since, until, scope),
 "practice": lambda s: o._followed(s, "practice", ev.PRACTICE_ASSIGNED, ev.PRACTICE_COMPLETED, since, until, scope),

 "retention": lambda s: o._retention(s, since, until, scope),
 "weekly": lambda s: t.weekly_active(s, since=since, until=until, scope=scope),
 "cohorts": lambda s: t.cohorts(s, since=since, until=until, scope=scope),
 "funnel": lambda s: t.funnel(s, since=since, until=until, scope=scope),
 "chain": lambda s: t.goal_chain(s, since=since, until=until, scope=scope),
}
with Session(engine) as s:
    from companion.services.outcome_sql import fast_reads; fast_reads(s)
    for k, f in fns.items():
        f(s)
        st=time.perf_counter(); f(s); print(k, round(time.perf_counter()-st,3))
