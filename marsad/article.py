"""The one record that flows through Marsad.

Every stage reads and fills an `Article`; `to_json()` is the contract in ``shared/CONTRACT.md``.
Offsets (`start`, `end`) are Python string indices into `Article.body`, end exclusive.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

from marsad.nlp.normalize import normalize


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    type: str  # PER | ORG | LOC | MISC
    name: str
    latin: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    speaker: str | None = None
    speaker_entity: str | None = None
    cue: str | None = None
    via: str | None = None


@dataclass
class Event:
    type: str  # attack | bombing | shooting | hostage | arrest | plot_foiled | other
    text: str
    start: int
    end: int
    date: str | None = None
    location: str | None = None
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    perpetrator: str | None = None
    target: str | None = None
    approximate: list[str] = field(default_factory=list)  # figures stated as "أكثر من 50" etc.


@dataclass
class Claim:
    text: str
    start: int
    end: int
    speaker: str | None = None
    cluster: str | None = None
    date: str | None = None


@dataclass
class Related:
    title: str
    body: str


@dataclass
class Article:
    source: str
    format: str = "text"  # text | html | warc | rss
    encoding: str | None = None
    language: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    outlet: str | None = None
    agencies: list[str] = field(default_factory=list)
    relayed_by: list[str] = field(default_factory=list)
    author: str | None = None
    dateline: str | None = None
    keywords: list[str] = field(default_factory=list)
    body: str = ""
    related: list[Related] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # Not part of the record: what the reader decoded, and the moment relative dates resolve against.
    raw_text: str = field(default="", repr=False)
    reference_time: datetime | None = field(default=None, repr=False)
    url: str | None = field(default=None, repr=False)
    hints: dict[str, Any] = field(default_factory=dict, repr=False)
    page_digest: str | None = field(default=None, repr=False)  # Page.digest of the page it was read from

    @property
    def id(self) -> str:
        """sha256 of the normalised body; a page with no body is keyed by its source instead."""
        key = normalize(self.body) if self.body.strip() else "source:" + self.source
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        for f in fields(self):
            if f.name in _INTERNAL:
                continue
            value = getattr(self, f.name)
            if isinstance(value, list):
                value = [asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
            out[f.name] = value
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        art = cls(source=data["source"])
        for f in fields(cls):
            if f.name in _INTERNAL or f.name not in data:
                continue
            setattr(art, f.name, data[f.name])
        art.related = [Related(**r) for r in data.get("related") or []]
        art.entities = [
            Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
            for e in data.get("entities") or []
        ]
        art.quotes = [Quote(**q) for q in data.get("quotes") or []]
        art.events = [Event(**e) for e in data.get("events") or []]
        art.claims = [Claim(**c) for c in data.get("claims") or []]
        return art


_INTERNAL = {"raw_text", "reference_time", "url", "hints", "page_digest"}
