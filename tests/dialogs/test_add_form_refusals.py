"""Answers the domain refuses: the reason is said, the same question comes again, and the
draft keeps everything answered so far."""

from __future__ import annotations

from datetime import date

from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.dialogs.test_add_form import INFO_TO_SUMMARY, line
from tests.support import catalogue
from tests.support.school import MENTOR, TEAMLEIDER

END = date(2027, 7, 31)  # the end of this school year: the refusals' example


async def test_a_wrong_date_is_asked_again_without_losing_the_draft(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.conversation(*INFO_TO_SUMMARY[:3])
    refused, again = await chat.say("31-02-2027")
    assert refused.is_("DATE_DOES_NOT_EXIST", typed="31-02-2027", end=END)  # with an example
    assert again.starts_with("ASK_EXPIRY", default="31-07-2027")
    [refused] = await chat.say("1-9-2025")  # the question is still right above: one line
    assert refused.says("DATE_IN_PAST", day=date(2025, 9, 1), end=END)
    assert refused.says("STILL_WAITING")
    [urgent] = await chat.say("31-07-2028")
    assert urgent.starts_with("ASK_URGENT")
    replies = await chat.conversation("nee", "Tekst", "geen", "standaard")
    assert line(chat, "L_DESCRIPTION", "Gesprek over huiswerk") in replies[-1].text
    assert line(chat, "L_EXPIRY", "31-07-2028") in replies[-1].text
    await chat.say("opslaan")
    [entry] = school.entries()
    assert entry.expires_on.isoformat() == "2028-07-31"


async def test_an_attachment_over_the_size_limit_is_refused_clearly(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.conversation(*INFO_TO_SUMMARY[:3], "standaard", "nee", "Tekst")
    refused, again = await chat.send_file("groot.pdf", size=30 * 1024 * 1024)
    assert refused.is_("ATTACHMENT_TOO_LARGE", name="groot.pdf", size=30.0, limit=10.0)
    assert "30,0 MB" in refused.text  # a Dutch decimal comma
    assert again.starts_with("ASK_ATTACHMENT")
    replies = await chat.conversation("geen", "standaard", "opslaan")
    assert replies[-1].starts_with("SAVED")
    [entry] = school.entries()
    assert entry.attachments == () and entry.fields == {"body": "Tekst"}


async def test_a_time_that_is_no_time_is_asked_again(bot: DialogBot) -> None:
    chat = bot.chat(TEAMLEIDER)
    await chat.conversation("nieuw formulier 100001", "Incidentregistratie", "standaard", "ja",
                            "20-11-2026")
    refused, again = await chat.say("25:99")
    assert refused.is_("FIELD_NOT_A_TIME", typed="25:99", label="Tijd")
    assert again.starts_with("ASK_FIELD", label="Tijd")
    [kind] = await chat.say("10.45")
    assert kind.starts_with("ASK_FIELD", label="Soort incident")


async def test_a_description_over_the_limit_is_refused_in_english_too(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR, locale="en-US")
    await chat.conversation("new form Jan de Vries", "2")
    refused, again = await chat.say("x" * 231)
    assert refused.is_("DESCRIPTION_TOO_LONG", length=231, limit=200)
    assert not catalogue.pattern("nl", "DESCRIPTION_TOO_LONG").search(refused.text)
    assert again.starts_with("ASK_DESCRIPTION")
    await chat.say("A short one")
    replies = await chat.conversation("all defaults", "Text", "save")
    assert replies[-1].starts_with("SAVED")
    assert school.entries()[0].description == "A short one"
