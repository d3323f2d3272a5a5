"""The passage view (the article or a comment, with tag marks) and its parts: offsets, search,
selection, suggestions."""
