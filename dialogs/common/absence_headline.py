"""The one-line headline of an absence signal ("3e keer te laat dit schooljaar")."""

from __future__ import annotations

from dialogs.texts import say
from domain.absence.manual import topic_in
from domain.absence.protocol import RuleId


def headline(rule: RuleId, threshold: int, topic: str, lang: str) -> str:
    text = say(lang, f"HEADLINE_{rule.name}", n=threshold, topic=topic_in(topic, lang))
    return text[:1].upper() + text[1:]
