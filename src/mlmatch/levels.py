"""The ordered career levels."""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    JUNIOR = 0
    MID = 1
    SENIOR = 2
    STAFF = 3
    PRINCIPAL = 4

    @property
    def id(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Level:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown level {value!r}; one of: {', '.join(level.id for level in cls)}") from None


LEVEL_IDS = tuple(level.id for level in Level)
