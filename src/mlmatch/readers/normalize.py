"""Text clean-up shared by every reader: Unicode, ligatures, bullet glyphs."""

from __future__ import annotations

import re
import unicodedata

# Glyphs people and producers use as list markers; private-use code points are icon-font bullets.
BULLET_GLYPHS = frozenset("•●▪◦‣–—-*➢►▸▹■□◆◇○·∙⁃➤✓✔❖➔→")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ENUMERATION = re.compile(r"^\(?\d{1,2}[.)]\s+")


def clean(text: str) -> str:
    """NFKC (which also expands ligatures), soft hyphens removed, white space folded. The soft hyphens go
    first: removed after NFKC they would leave pairs like A + combining grave that a second pass composes."""
    text = unicodedata.normalize("NFKC", text.replace("\u00ad", ""))
    return _SPACES.sub(" ", text).strip()


def split_bullet(text: str) -> tuple[bool, str]:
    """Return (is_bullet, text without its marker)."""
    stripped = text.lstrip()
    if not stripped:
        return False, ""
    first = stripped[0]
    if first in BULLET_GLYPHS or _PRIVATE_USE.match(first):
        rest = stripped[1:]
        # "-5% churn" or "--flag" is not a bullet; a marker is followed by a space.
        if first in "-*–—" and not rest.startswith(" "):
            return False, stripped
        return True, rest.strip()
    match = _ENUMERATION.match(stripped)
    if match:
        return True, stripped[match.end() :].strip()
    return False, stripped


def drop_private_use(text: str) -> str:
    """Icon-font glyphs (phone, envelope, GitHub logos) carry no words."""
    return _PRIVATE_USE.sub("", text)
