"""Who in a record is a public figure: Marsad keeps files on public officials, organisations and
events, never on private persons.

A person is public in a record when the lists of public figures know the name, or when the text
gives them an office or a public role: a title of data/titles.tsv marked public right before a
mention ("وزير الخارجية الأمريكي أنتوني بلينكن"، "اللاعب …") or as an apposition right after one
("سامي العلي، محافظ البصرة،"). A courtesy or professional title (السيد، الدكتور) says nothing,
and "المتهم" rather the opposite. The record itself keeps every name the article prints; the
store files (entity pages and lists, who-said-what by speaker) only the public ones.
"""
from __future__ import annotations

from functools import lru_cache

from marsad.datafiles import data_rows
from marsad.nlp import lexicons
from marsad.nlp.normalize import normalize, tokenize
from marsad.nlp.quotes import lexicon as lx
from marsad.nlp.quotes.speakers import is_function_word

# words from a title to the name: "مساعد مدير إدارة الشؤون القنصلية بوزارة الخارجية الأردنية، …"
TITLE_REACH = 10
_APPOSITION_REACH = 2  # words after "،" before the title: "، وهو وزير …"


@lru_cache(maxsize=1)
def public_titles() -> frozenset[str]:
    """First words (normalised) of the titles that make a person a public figure."""
    return frozenset(normalize(r["title"]).split()[0] for r in data_rows("titles.tsv") if r["public"] == "1")


def _public_title(word: str) -> bool:
    """A public title, or a counterpart word (نظيره القرغيزي: someone holding the same office)."""
    return any(rest in public_titles() for _, rest in lexicons.stems(word)) or lx.is_role(word, "counterpart")


def public_people(record: dict) -> set[str]:
    """Ids of the record's PER entities that are public figures in it."""
    body = record.get("body") or ""
    out = set()
    for ent in record.get("entities") or []:
        if ent["type"] != "PER":
            continue
        known = any(getattr(lexicons.names().get(normalize(n)), "type", None) == "PER"
                    for n in (ent["name"], *ent.get("aliases", [])))
        if known or any(_titled(body, m["start"], m["end"]) for m in ent.get("mentions", [])):
            out.add(ent["id"])
    return out


def private_people(record: dict) -> set[str]:
    """Ids of the record's PER entities that nothing in it makes public figures."""
    return {e["id"] for e in record.get("entities") or [] if e["type"] == "PER"} - public_people(record)


def _titled(body: str, start: int, end: int) -> bool:
    """A public title in the few words before the mention, or after a comma right after it."""
    line_start = body.rfind("\n", 0, start) + 1
    before = tokenize(body[line_start:start])[-TITLE_REACH - 1:]
    if before and before[-1].text in "،,":
        before.pop()  # "…بوزارة الخارجية الأردنية، سامر النابلسي": the title, a comma, the name
    for tok in reversed(before):
        word = normalize(tok.text)
        if not tok.text[0].isalpha() or is_function_word(word):
            break  # "قال الوزير إن المواطن …": the title is another clause's
        if _public_title(word):
            return True
    line_end = body.find("\n", end)
    after = tokenize(body[end:line_end if line_end >= 0 else len(body)])
    if after and after[0].text in "،,":
        return any(_public_title(normalize(t.text)) for t in after[1:1 + _APPOSITION_REACH] if t.text[0].isalpha())
    return False
