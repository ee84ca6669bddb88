"""Plain text: one Line per non-blank source line, list markers recognised."""

from __future__ import annotations

from pathlib import Path

from ..document import Document, Line
from .normalize import clean, drop_private_use, split_bullet


def read_text(path: Path, raw: str) -> Document:
    lines = []
    for number, source in enumerate(raw.splitlines(), start=1):
        text = clean(drop_private_use(source))
        if not text or set(text) <= set("-=_*~ "):
            continue
        bullet, body = split_bullet(text)
        if not body:
            continue  # a marker alone on its line
        lines.append(Line(text=body, number=number, bullet=bullet))
    return Document(path=str(path), format="text", lines=tuple(lines))
