"""Recipe: a job kind: a service enqueues it in its transaction, a worker runs it."""
