"""Recipe: a student page (/streak) with its state and a permission-checked service."""
