"""The end-to-end tier: the installed command in a real terminal (tmux), a browser, a server."""
