"""Command palette: every key of the current screen is also a command, plus a few extras."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.bindings import active_actions


class ThreadmarkCommands(Provider):
    """Offers the active bindings of the screen the palette was opened from."""

    def _commands(self) -> list[tuple[str, str, object, str]]:
        out = []
        for a in active_actions(self.screen):
            b = a.binding
            # help text is parsed as markup: no brackets (a "/" key would read as "[/]")
            out.append((b.description, b.action, a.node, f"{b.tooltip or ''} · key: {a.keys[0]}"))
        return sorted(out, key=lambda c: c[0])

    def _run(self, action: str, node: object) -> None:
        self.app.call_later(self.app.run_action, action, node)

    async def discover(self) -> Hits:
        for name, action, node, help_text in self._commands():
            yield DiscoveryHit(name, partial(self._run, action, node), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, node, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, action, node),
                          help=help_text)
