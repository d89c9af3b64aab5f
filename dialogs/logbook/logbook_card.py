"""The logbook in one Adaptive Card: who the student is, who is working with them now, then
one page of forms ("Let op" first, then newest), attached forms indented under their item.

Only what the use case returned is shown: no counts or hints of forms the viewer cannot
read. The card stays under Teams' size limit by shortening previews, then children.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dialogs.common import adaptive
from dialogs.common.absence_headline import headline
from dialogs.common.adaptive import Element
from dialogs.common.markdown import escape_markdown, one_line
from dialogs.texts import say
from domain.absence.protocol import RuleId
from domain.forms import CATALOGUE
from domain.logbook import Entry
from domain.services.entry_rules import DEFAULT_LIMITS
from domain.services.read_logbook import LogbookFilters, LogbookLine, LogbookView, RecentAuthor

PAGE_SIZE = DEFAULT_LIMITS.page_size
CARD_BUDGET = 26 * 1024  # bytes of card JSON; leaves room for the activity around it
FALLBACK_CHARS = 2000  # the plain-text summary for clients without cards
MAX_OPEN_ACTIONS = 8  # more belong in `taken`; the card must stay small


@dataclass(frozen=True)
class Detail:
    """How much of each form to show; lowered step by step while the card is too big."""

    preview: int = 140
    children: int = 4


DETAILS = (Detail(), Detail(preview=60, children=3), Detail(preview=0, children=1),
           Detail(preview=0, children=0))


def numbered(lines: Sequence[LogbookLine]) -> list[Entry]:
    """The page's forms in the order they are numbered: each item, then its children."""
    return [entry for line in lines for entry in (line.entry, *(c.entry for c in line.children))]


def logbook_card(
    view: LogbookView, filters: LogbookFilters, lang: str, today: date, may_export: bool,
    absence: Sequence[Element] = (),
) -> Element:
    """`absence`: the absence picture's elements, shown under the header (page 1)."""
    for detail in DETAILS:
        content = _card(view, filters, lang, today, may_export, detail, absence)
        if adaptive.card_bytes(content) <= CARD_BUDGET:
            break
    return content


def _card(view: LogbookView, filters: LogbookFilters, lang: str, today: date,
          may_export: bool, detail: Detail, absence: Sequence[Element]) -> Element:
    assert view.student is not None
    body = [*_header(view, filters, lang), *absence, *_open_actions(view, lang),
            *_recent(view, lang)]
    position = 1
    for line in view.lines:
        body.append(_line(line, position, lang, today, detail))
        position += 1 + len(line.children)
    if not view.lines:
        body.append(adaptive.text(say(lang, "EMPTY"), separator=True))
    body.append(adaptive.text(_footer(view, lang), isSubtle=True, size="Small",
                              separator=True))
    actions = []
    if view.page < view.page_count:
        actions.append(adaptive.submit(say(lang, "BUTTON_MORE"), "meer"))
    if may_export:
        actions.append(adaptive.submit(say(lang, "LOGBOOK_BUTTON_EXPORT"),
                                       f"export {view.student.number}"))
    return adaptive.card(body, actions, fallback=logbook_summary(view, lang))


def _header(view: LogbookView, filters: LogbookFilters, lang: str) -> list[Element]:
    student = view.student
    assert student is not None
    mentors = ", ".join(escape_markdown(name) for name in view.mentor_names)
    pairs = [(say(lang, "CLASS"), escape_markdown(student.class_name)),
             (say(lang, "NUMBER"), escape_markdown(student.number)),
             (say(lang, "MENTORS"), mentors or say(lang, "NONE"))]
    chosen = filter_labels(filters, lang)
    if chosen:
        pairs.append((say(lang, "FILTERS"), ", ".join(chosen)))
    title = say(lang, "LOGBOOK", name=escape_markdown(student.full_name))
    return [adaptive.text(title, size="Large", weight="Bolder"), adaptive.facts(pairs)]


def filter_labels(filters: LogbookFilters, lang: str) -> list[str]:
    labels = []
    if filters.urgent_only:
        labels.append(say(lang, "FILTER_URGENT"))
    if filters.absence_only:
        labels.append(say(lang, "FILTER_ABSENCE"))
    if filters.school_year:
        labels.append(say(lang, "FILTER_YEAR", year=filters.school_year.label))
    if filters.include_expired:
        labels.append(say(lang, "FILTER_EXPIRED"))
    return labels


def _open_actions(view: LogbookView, lang: str) -> list[Element]:
    """The absence signals' actions not done yet, earliest due first (for those who may see)."""
    if not view.open_actions:
        return []
    heading = adaptive.text(say(lang, "OPEN_ACTIONS"), weight="Bolder",
                            separator=True, color="Attention")
    lines = [(f"{headline(RuleId(a.rule), a.threshold, a.topic, lang)} · "
              f"{a.role.label_in(lang)}", f"{a.action} ({a.due_on:%d-%m-%Y})")
             for a in view.open_actions[:MAX_OPEN_ACTIONS]]
    return [heading, adaptive.facts(lines)]


def _recent(view: LogbookView, lang: str) -> list[Element]:
    """Recent authors grouped by role: "who is doing what right now"."""
    assert view.student is not None
    heading = adaptive.text(say(lang, "RECENT",
                                     name=escape_markdown(view.student.first_name)),
                            weight="Bolder", separator=True)
    if not view.recent_authors:
        return [heading, adaptive.text(say(lang, "NOBODY_RECENT"), isSubtle=True)]
    return [heading, adaptive.facts(recent_by_role(view.recent_authors, lang))]


def recent_by_role(authors: Sequence[RecentAuthor], lang: str) -> list[tuple[str, str]]:
    by_role: dict[str, list[str]] = {}
    for author in authors:  # newest first, so each role lists its latest author first
        by_role.setdefault(author.role.label_in(lang), []).append(
            f"{escape_markdown(author.name)} ({author.last_written:%d-%m})")
    return [(role, ", ".join(names)) for role, names in by_role.items()]


def _line(line: LogbookLine, position: int, lang: str, today: date, detail: Detail) -> Element:
    items = [_entry(line.entry, line.author_name, position, lang, today, detail)]
    shown = line.children[: detail.children]
    for offset, child in enumerate(shown, start=1):
        items.append(adaptive.indented([_entry(child.entry, child.author_name,
                                               position + offset, lang, today, detail)]))
    hidden = len(line.children) - len(shown)
    if hidden:
        first = position + len(shown) + 1
        more = say(lang, "MORE_CHILDREN", count=hidden, position=first)
        items.append(adaptive.indented([adaptive.text(more, isSubtle=True, size="Small")]))
    return {"type": "Container", "separator": True, "items": items}


def _entry(entry: Entry, author: str, position: int, lang: str, today: date,
           detail: Detail) -> Element:
    """One form; a click anywhere on it opens its details (by id: pages change)."""
    urgent = f"⚠️ {say(lang, 'URGENT')} · " if entry.urgent else ""
    name = CATALOGUE[entry.form_type].name
    items = [adaptive.text(f"**{position}. {urgent}{escape_markdown(name)}**")]
    if entry.description != name:  # a fixed description is the form's name: say it once
        items.append(adaptive.text(escape_markdown(entry.description), spacing="None"))
    items.append(adaptive.text(written_line(entry, author, lang, today), isSubtle=True,
                               size="Small", spacing="None"))
    preview = one_line(body_text(entry), detail.preview) if detail.preview else ""
    if preview:
        items.append(adaptive.text(escape_markdown(preview), maxLines=2, spacing="None"))
    return {"type": "Container", "items": items,
            "selectAction": {"type": "Action.Submit", "data": {"text": f"details {entry.id}"}}}


def written_line(entry: Entry, author: str, lang: str, today: date) -> str:
    line = say(lang, "WRITTEN", author=escape_markdown(author),
                    role=entry.author_role.label_in(lang), date=f"{entry.created_at:%d-%m-%Y}",
                    expires=f"{entry.expires_on:%d-%m-%Y}")
    if entry.expired(today):
        expired = say(lang, "EXPIRED_ON", date=f"{entry.expires_on:%d-%m-%Y}")
        line = line.rsplit(" · ", 1)[0] + f" · {expired}"
    return line


def body_text(entry: Entry) -> str:
    """The body of a free-text form, else its field values in the form's order."""
    if entry.fields.get("body"):
        return entry.fields["body"]
    order = [field.key for field in CATALOGUE[entry.form_type].fields]
    return " · ".join(entry.fields[key] for key in order if entry.fields.get(key))


def _footer(view: LogbookView, lang: str) -> str:
    more = (say(lang, "PAGE_MORE", size=PAGE_SIZE)
            if view.page < view.page_count else "")
    return say(lang, "PAGE", page=view.page, pages=max(view.page_count, 1),
                    total=view.total, more=more)


def logbook_summary(view: LogbookView, lang: str) -> str:
    """Plain text for clients without cards (the card's fallbackText)."""
    assert view.student is not None
    student = view.student
    lines = [f"{say(lang, 'LOGBOOK', name=student.full_name)} "
             f"({student.class_name}, {student.number})"]
    for position, entry in enumerate(numbered(view.lines), start=1):
        urgent = f"[{say(lang, 'URGENT')}] " if entry.urgent else ""
        lines.append(f"{position}. {urgent}{CATALOGUE[entry.form_type].name}: "
                     f"{entry.description} ({entry.created_at:%d-%m-%Y})")
    return "\n".join(lines)[:FALLBACK_CHARS]
