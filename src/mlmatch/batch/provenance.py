"""What a batch row was made with: the options that change a row (the target level, the posting, the
extra lexicon, what 'Present' means, how much is read, the PDF engine, the concepts ignored) and the
mlmatch that made it. Each row of a batch output records it, and --resume keeps earlier rows only when
they were made the same way as this run would make them.

The posting and the lexicon files are compared by their content, not their path: `posting.txt` and
`./posting.txt` are the same posting, and a posting edited since is another one."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from ..assess.posting import Posting
from ..options import Options

_DIGEST_LENGTH = 12  # hex digits of sha256: enough to tell two postings apart, short enough to read in a cell


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:_DIGEST_LENGTH]


def posting_digest(posting: Posting) -> str:
    """What the posting asks for, as read: its title, level and every requirement with its kind and weight."""
    asked = [posting.title, posting.level.id if posting.level is not None else None, [(r.concept, r.kind, r.weight, r.alternatives) for r in posting.requirements]]
    return _digest(json.dumps(asked, ensure_ascii=False).encode())


def files_digest(paths: tuple[str, ...]) -> str | None:
    """The content of the extra lexicon files, in the order given; None when there are none."""
    if not paths:
        return None
    return _digest(b"\0".join(Path(path).read_bytes() for path in paths))


@dataclass(frozen=True)
class ScreenedWith:
    version: str  # mlmatch's
    max_pages: int
    pdf_engine: str
    target: str | None = None
    jd: str | None = None  # the posting's path as given: for people; jd_digest is what is compared
    jd_digest: str | None = None
    lexicon: tuple[str, ...] = ()
    lexicon_digest: str | None = None
    as_of: str | None = None  # None: the resume's own date, else today
    ignore_concepts: tuple[str, ...] = ()

    @classmethod
    def of(cls, options: Options, posting: Posting | None) -> ScreenedWith:
        from .. import __version__

        target = options.target_level
        return cls(
            version=__version__,
            target=target.id if target is not None else None,
            jd=str(options.jd) if options.jd else None,
            jd_digest=posting_digest(posting) if posting is not None else None,
            lexicon=tuple(str(path) for path in options.lexicon_files),
            lexicon_digest=files_digest(tuple(str(path) for path in options.lexicon_files)),
            as_of=options.as_of.isoformat() if options.as_of is not None else None,
            max_pages=options.limits.max_pages,
            pdf_engine=options.pdf_engine,
            ignore_concepts=tuple(sorted(options.ignore_concepts)),
        )

    def to_dict(self) -> dict[str, Any]:
        """Every field, for a JSON record."""
        return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(self).items()}

    def to_text(self) -> str:
        """One line of JSON with only the fields set, for a CSV cell."""
        return json.dumps({key: value for key, value in self.to_dict().items() if value not in (None, [])}, ensure_ascii=False, separators=(", ", ": "))

    @classmethod
    def from_dict(cls, data: Any) -> ScreenedWith:
        """Raises ValueError for anything that is not a record of ours."""
        if not isinstance(data, dict) or not isinstance(data.get("version"), str):
            raise ValueError("no record of the options it was made with")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {key: tuple(value) if isinstance(value, list) else value for key, value in data.items() if key in known}
        try:
            return cls(**values)
        except TypeError:  # a field missing
            raise ValueError("no whole record of the options it was made with") from None

    @classmethod
    def from_text(cls, text: str) -> ScreenedWith:
        try:
            return cls.from_dict(json.loads(text))
        except json.JSONDecodeError:
            raise ValueError("no record of the options it was made with") from None

    def differences(self, other: ScreenedWith) -> list[str]:
        """How `other` (an earlier row's) differs from this run, each as 'what it was (this run: what it is)'."""

        def option(name: str, value: object) -> str:
            return f"{name} {value}" if value not in (None, (), "") else f"no {name}"

        def differ(name: str, earlier: object, now: object) -> str:
            return f"{option(name, earlier)} (this run: {option(name, now)})"

        said = []
        if self.version != other.version:
            said.append(differ("mlmatch", other.version, self.version))
        if self.target != other.target:
            said.append(differ("--target", other.target, self.target))
        if self.jd_digest != other.jd_digest:
            if self.jd_digest is not None and other.jd_digest is not None:
                said.append(f"--jd {other.jd} (this run: --jd {self.jd}, a posting that asks for other concepts)")
            else:
                said.append(differ("--jd", other.jd, self.jd))
        if self.lexicon_digest != other.lexicon_digest:
            said.append(f"{option('--lexicon', ' '.join(other.lexicon))} (this run: {option('--lexicon', ' '.join(self.lexicon))}" + (", changed since)" if self.lexicon == other.lexicon else ")"))
        if self.as_of != other.as_of:
            said.append(differ("--as-of", other.as_of, self.as_of))
        if self.max_pages != other.max_pages:
            said.append(differ("--max-pages", other.max_pages, self.max_pages))
        if self.pdf_engine != other.pdf_engine:
            said.append(differ("--pdf-engine", other.pdf_engine, self.pdf_engine))
        if self.ignore_concepts != other.ignore_concepts:
            said.append(differ("ignore-concepts", ", ".join(other.ignore_concepts), ", ".join(self.ignore_concepts)))
        return said
