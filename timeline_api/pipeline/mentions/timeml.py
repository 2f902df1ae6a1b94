"""Read TimeML files (TimeBank, AQUAINT) into plain records: text, events, timexes, event-time links.

Used by training and by the bench, never at run time. Offsets are into the ``<TEXT>``
content with its tags removed, the same text the tagger is given.
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class GoldEvent:
    """A TimeML EVENT with the attributes of its (first) instance."""

    start: int
    end: int
    eid: str
    cls: str
    tense: str = "NONE"
    aspect: str = "NONE"
    polarity: str | None = "POS"  # None where the file's polarity is unusable
    modality: str = ""


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    tid: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str
    events: list[GoldEvent] = field(default_factory=list)
    timexes: list[GoldTimex] = field(default_factory=list)
    #: (eid, tid, relType) for every TLINK between an event instance and a timex (DCT included)
    time_links: list[tuple[str, str, str]] = field(default_factory=list)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _walk(elem, buf: list[str], spans: list, pos: int) -> int:
    if elem.text:
        buf.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _walk(child, buf, spans, pos)
        spans.append((_local(child.tag), start, pos, dict(child.attrib)))
        if child.tail:
            buf.append(child.tail)
            pos += len(child.tail)
    return pos


def read_tml(path: str) -> TimeMLDoc:
    """One TimeML file as a ``TimeMLDoc``."""
    root = ET.parse(path).getroot()
    dct = ""
    text_el = None
    instances: dict[str, dict] = {}
    links = []
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "TIMEX3" and el.attrib.get("functionInDocument") == "CREATION_TIME" and not dct:
            value = el.attrib.get("value", "")
            dct = re.sub(r"^(\d{4})(\d{2})(\d{2})$", r"\1-\2-\3", value)[:10]
        elif tag == "TEXT" and text_el is None:
            text_el = el
        elif tag == "MAKEINSTANCE":
            instances.setdefault(el.attrib["eventID"], dict(el.attrib))
            instances[el.attrib["eiid"]] = dict(el.attrib)
        elif tag == "TLINK" and "eventInstanceID" in el.attrib and "relatedToTime" in el.attrib:
            links.append((el.attrib["eventInstanceID"], el.attrib["relatedToTime"], el.attrib.get("relType", "")))
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    buf: list[str] = []
    spans: list = []
    _walk(text_el, buf, spans, 0)
    text = "".join(buf)
    doc = TimeMLDoc(os.path.basename(path), text, dct)
    for tag, start, end, attrs in sorted(spans, key=lambda s: (s[1], s[2])):
        if tag == "EVENT":
            inst = instances.get(attrs["eid"], {})
            doc.events.append(GoldEvent(start, end, attrs["eid"], attrs.get("class", "OCCURRENCE"),
                                        inst.get("tense", "NONE"), inst.get("aspect", "NONE"),
                                        inst.get("polarity", "POS"), inst.get("modality", "")))
        elif tag == "TIMEX3" and attrs.get("functionInDocument") != "CREATION_TIME":
            doc.timexes.append(GoldTimex(start, end, attrs.get("tid", ""), attrs.get("type", ""),
                                         attrs.get("value", "")))
    negative = sum(e.polarity == "NEG" for e in doc.events)
    if len(doc.events) >= 10 and negative > len(doc.events) / 2:
        # about twenty AQUAINT files mark nearly every instance NEG ("refused", "forced"):
        # an annotation slip, not negation; their polarity is unknown, not learned or scored
        doc.events = [replace(e, polarity=None) for e in doc.events]
    for eiid, tid, rel in links:
        eid = instances.get(eiid, {}).get("eventID")
        if eid:
            doc.time_links.append((eid, tid, rel))
    return doc


def read_corpus(folder: str) -> list[TimeMLDoc]:
    """Every ``.tml`` file under ``folder`` (recursively), sorted by path."""
    paths = sorted(os.path.join(root, name) for root, _, names in os.walk(folder)
                   for name in names if name.endswith(".tml") and not name.startswith("._"))
    return [read_tml(p) for p in paths]
