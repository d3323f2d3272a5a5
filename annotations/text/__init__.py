"""Text in any script: sentence and word boundaries (segment), reading length (measure)."""
