"""The Teams message behind a message action: HTML to plain text, author and local time."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from dialogs.message_action.quoted_message import QuotedMessage, html_to_text

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Eén</p><p>Twee</p>", "Eén\nTwee"),
    ("regel<br>volgende", "regel\nvolgende"),
    ("<div><at id=\"0\">Marieke</at> kijk  even</div>", "Marieke kijk even"),
    ("a &amp; b &lt;c&gt; &nbsp;d", "a & b <c> d"),
    ("<ul><li>één</li><li>twee</li></ul>", "één\ntwee"),
    ("<style>p {color: red}</style><p>zichtbaar</p>", "zichtbaar"),
    ("<p>a</p><p></p><p></p><p>b</p>", "a\nb"),
])
def test_html_becomes_plain_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_author_and_time_in_the_schools_zone() -> None:
    value = {"messagePayload": {
        "createdDateTime": "2026-11-23T08:12:00.000Z",
        "from": {"user": {"displayName": "Pieter Bakker"}},
        "body": {"contentType": "html", "content": "<p>Hallo</p>"}}}
    quoted = QuotedMessage.of(value, AMSTERDAM)
    assert (quoted.text, quoted.author) == ("Hallo", "Pieter Bakker")
    assert quoted.sent_at is not None and f"{quoted.sent_at:%d-%m-%Y %H:%M}" == "23-11-2026 09:12"


@pytest.mark.parametrize("value", [None, {}, {"messagePayload": "x"},
                                   {"messagePayload": {"createdDateTime": "gisteren",
                                                       "from": None, "body": None}}])
def test_a_malformed_payload_is_an_empty_message(value: object) -> None:
    quoted = QuotedMessage.of(value, AMSTERDAM)
    assert (quoted.text, quoted.author, quoted.sent_at) == ("", "", None)
