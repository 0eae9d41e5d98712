import sys
sys.path.insert(0, ".")
import bench.bench_outcomes as b
from sqlmodel import Session
from sqlalchemy import text
from companion import db
from companion.models import User, Role
from companion.services import outcome_tables as t
from companion.services.outcome_sql import scope_ids
from datetime import timedelta
engine = db.make_engine(b._url())
admin = User(id=0, email="a", name="A", role=Role.admin, password_hash="x")
since, until = b.END - timedelta(days=28), b.END
scope = scope_ids(admin)
captured = []
from sqlalchemy import event
@event.listens_for(engine, "before_cursor_execute")
def cap(conn, cursor, stmt, params, context, executemany):
    captured.append((stmt, params))
name = sys.argv[1]
with Session(engine) as s:
    s.execute(text("SET LOCAL jit = off"))
    getattr(t, name)(s, since=since, until=until, scope=scope)
    stmt, params = captured[-1]
    for row in s.connection().exec_driver_sql("EXPLAIN ANALYZE " + stmt, params).all():
        print(row[0])
