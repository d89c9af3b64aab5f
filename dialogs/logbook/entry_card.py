"""One form with all its fields and attachments (`details <n>`), and `Bewerk` when allowed."""

from __future__ import annotations

from datetime import date

from dialogs.common import adaptive
from dialogs.common.adaptive import Element
from dialogs.common.markdown import escape_markdown
from dialogs.logbook.logbook_card import CARD_BUDGET, FALLBACK_CHARS, written_line
from dialogs.texts import say
from domain.logbook import Attachment
from domain.services.entry_details import EntryDetails

# Characters of field text, tried in turn until the card fits (escaping and non-ASCII text
# make bytes outgrow characters); longer forms are complete in the export.
FIELD_BUDGETS = (16_000, 8_000, 4_000, 1_000)


def entry_card(details: EntryDetails, lang: str, today: date) -> Element:
    for budget in FIELD_BUDGETS:
        content = _card(details, lang, today, budget)
        if adaptive.card_bytes(content) <= CARD_BUDGET:
            break
    return content


def _card(details: EntryDetails, lang: str, today: date, budget: int) -> Element:
    entry = details.entry
    body = [
        adaptive.text(escape_markdown(details.spec.name), size="Large", weight="Bolder"),
        *_gloss(details, lang),
        adaptive.text(escape_markdown(entry.description), weight="Bolder", spacing="None"),
        adaptive.text(written_line(entry, details.author_name, lang, today), isSubtle=True,
                      size="Small", spacing="None"),
        adaptive.facts(_facts(details, lang)),
        *_fields(details, lang, budget),
        *_attachments(entry.attachments, lang),
    ]
    actions = []
    if details.may_edit:
        actions.append(adaptive.submit(say(lang, "BUTTON_EDIT"), f"bewerk {entry.id}"))
    actions.append(adaptive.submit(say(lang, "BUTTON_BACK"),
                                   f"logboek {details.student.number}"))
    return adaptive.card(body, actions, fallback=_summary(details, lang))


def _facts(details: EntryDetails, lang: str) -> list[tuple[str, str]]:
    """No word about a parent item: it may be one the viewer cannot read."""
    entry, student = details.entry, details.student
    yes_no = say(lang, "YES" if entry.urgent else "NO")
    readers = sorted(role.label_in(lang) for role in details.spec.read | entry.access)
    pairs = [
        (say(lang, "NUMBER"),
         f"{escape_markdown(student.full_name)} ({escape_markdown(student.number)})"),
        (say(lang, "WRITTEN_BY"),
         f"{escape_markdown(details.author_name)} ({entry.author_role.label_in(lang)})"),
        (say(lang, "DATE"), f"{entry.created_at:%d-%m-%Y %H:%M}"),
        (say(lang, "EXPIRES"), f"{entry.expires_on:%d-%m-%Y}"),
        (say(lang, "URGENT"), yes_no),
        (say(lang, "ACCESS"), ", ".join(readers)),
    ]
    if entry.updated_at != entry.created_at:
        pairs.insert(3, (say(lang, "UPDATED"), f"{entry.updated_at:%d-%m-%Y %H:%M}"))
    return pairs


def _fields(details: EntryDetails, lang: str, budget: int) -> list[Element]:
    """Every field; a very long one is cut (its share of the card's room), with a note."""
    fields = details.labelled_fields(lang)
    share = budget // max(len(fields), 1)
    items: list[Element] = []
    for label, value in fields:
        items.append(adaptive.text(f"**{escape_markdown(label)}**", separator=True))
        items.append(adaptive.text(escape_markdown(value[:share]) or "–", spacing="None"))
        if len(value) > share:
            items.append(adaptive.text(say(lang, "CUT"), isSubtle=True,
                                       size="Small"))
    return items


def _attachments(attachments: tuple[Attachment, ...], lang: str) -> list[Element]:
    if not attachments:
        return []
    items = [adaptive.text(f"**{say(lang, 'ATTACHMENTS')}**", separator=True)]
    for attachment in attachments:
        label = escape_markdown(attachment.name)
        if attachment.url and attachment.url.startswith("https://"):
            label = f"[{label}]({_link(attachment.url)})"
        items.append(adaptive.text(
            f"{label} ({escape_markdown(attachment.content_type)}, {_size(attachment.size)})",
            spacing="Small"))
    return items


def _link(url: str) -> str:
    """A URL that cannot end the Markdown link early."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} kB"


def _gloss(details: EntryDetails, lang: str) -> list[Element]:
    """Under the school's own (Dutch) form name: what it is, for English readers."""
    title = details.spec.title_in(lang)
    if title == details.spec.name:
        return []
    return [adaptive.text(escape_markdown(details.spec.gloss_en), isSubtle=True, spacing="None")]


def _summary(details: EntryDetails, lang: str) -> str:
    entry = details.entry
    fields = "\n".join(f"{label}: {value}" for label, value in details.labelled_fields(lang))
    summary = (f"{details.spec.title_in(lang)}: {entry.description}\n{details.author_name}, "
               f"{entry.created_at:%d-%m-%Y}\n{fields}")
    return summary[:FALLBACK_CHARS]
