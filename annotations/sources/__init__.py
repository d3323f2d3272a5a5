"""Every input: sniffing a file's kind, the readers (text, JSON, saved pages, Disqus, Hacker News,
Reddit), fetching, and adding files to a store."""
