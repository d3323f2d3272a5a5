"""Small shared helpers with no domain: the clock, GC pauses, safe text for terminals and safe
reading of outside files."""
