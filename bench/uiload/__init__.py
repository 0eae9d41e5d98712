"""The UI load benchmark's parts: seeding, server processes and socket clients."""
