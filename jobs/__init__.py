"""The durable job queue, its handlers and the APScheduler worker."""
