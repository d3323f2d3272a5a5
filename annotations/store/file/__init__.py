"""The store's file: the append-only journal, its TinyDB storage, schema migrations, repair and
the cross-process file lock."""
