"""`nieuw formulier`: the guided add-form dialog, question by question, for several roles."""

from __future__ import annotations

from domain.audit import AuditAction
from domain.forms import CATALOGUE, FormType
from domain.roles import Role
from tests.dialogs.driver import DialogBot, DialogDriver
from tests.dialogs.school import School
from tests.support.school import DOCENT, MENTOR, ZORG, ZUID_DOCENT

INFO = CATALOGUE[FormType.INFORMATIE].name
INFO_TO_SUMMARY = ["nieuw formulier Jan de Vries", "2", "Gesprek over huiswerk",
                   "alles standaard", "Jan maakt zijn huiswerk weer elke dag."]


def line(chat: DialogDriver, label: str, value: str) -> str:
    """One line of the summary: its label (a text key) and the value."""
    return f"**{chat.text(label)}**: {value}"


async def test_a_mentor_saves_with_all_defaults_and_the_write_is_audited(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    replies = await chat.conversation(*INFO_TO_SUMMARY, "opslaan")
    assert replies[-1].is_("SAVED", form=INFO, student="Jan de Vries")
    [entry] = school.entries()
    assert (entry.form_type, entry.description) == (FormType.INFORMATIE, "Gesprek over huiswerk")
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER})  # a mentor's pre-ticks
    [write] = [e for e in school.uow.audit.events if e.action is AuditAction.WRITE]
    assert (write.actor_id, write.student_number) == (MENTOR.staff_id, "100001")


async def test_a_mentor_accepts_each_default_with_one_tap_in_nine_messages(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    replies = await chat.conversation(
        "nieuw formulier", "Jan de Vries", INFO, "Gesprek", "standaard", "nee", "Tekst",
        "geen", "standaard")
    assert replies[-1].says("SUMMARY")
    assert line(chat, "L_EXPIRY", "31-07-2027") in replies[-1].text
    assert "31\\-07\\-2027" not in replies[-1].text  # a date is not escaped as markdown
    [saved] = await chat.say("opslaan")
    assert saved.is_("SAVED", form=INFO, student="Jan de Vries")
    [entry] = school.entries()
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER})  # a mentor's pre-ticks
    assert entry.expires_on.isoformat() == "2027-07-31" and not entry.urgent


async def test_every_step_is_a_card_of_version_at_most_1_5_with_submit_buttons(
    bot: DialogBot,
) -> None:
    chat = bot.chat(MENTOR)
    for text in INFO_TO_SUMMARY:
        [card] = (await chat.say(text))[-1].cards
        assert float(card["version"]) <= 1.5
        assert all(action["type"] == "Action.Submit" for action in card["actions"])


async def test_a_card_button_equals_typing_and_card_inputs_are_read(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(MENTOR)
    await chat.conversation(*INFO_TO_SUMMARY[:3])
    for value in ({"text": "", "expiry": "2028-07-31"}, {"text": "ja"},
                  {"text": "", "f_body": "Via de kaart."}, {"text": "geen"},
                  {"text": "", "access": "mentor,zorgondersteuning"}, {"text": "opslaan"}):
        await chat.submit(value)
    [entry] = school.entries()
    assert entry.expires_on.isoformat() == "2028-07-31" and entry.urgent
    assert entry.fields == {"body": "Via de kaart."}
    assert entry.access == frozenset({Role.MENTOR, Role.ZORGONDERSTEUNING})


async def test_a_docent_is_never_offered_the_care_start_document(bot: DialogBot) -> None:
    chat = bot.chat(DOCENT)
    [offer] = await chat.say("nieuw formulier Jan de Vries")
    start = CATALOGUE[FormType.ZORG_START].name
    assert INFO in str(offer.cards) and start not in offer.shown + str(offer.cards)
    [refused, again] = await chat.say(start)
    assert refused.is_("UNKNOWN_CHOICE")
    assert again.starts_with("ASK_FORM", student="Jan de Vries")
    assert "Startdocument" not in again.shown + str(again.cards)


async def test_zorg_adds_a_start_document_with_its_attachment_and_locked_access(
    bot: DialogBot, school: School,
) -> None:
    chat = bot.chat(ZORG)
    await chat.say("nieuw formulier 100001")
    start = CATALOGUE[FormType.ZORG_START].name
    fixed = await chat.say(start)
    assert fixed[0].is_("FIXED_DESCRIPTION", name=start)
    await chat.conversation("standaard", "nee", "Start van de begeleiding.")
    shown = await chat.send_file("startdocument.pdf")
    assert shown[0].is_("LOCKED_ACCESS", groups="mentor, teamleider, MT, zorgondersteuning")
    assert line(chat, "L_ATTACHMENT", "startdocument.pdf") in shown[-1].text
    await chat.say("opslaan")
    [entry] = school.entries()
    assert entry.form_type is FormType.ZORG_START
    assert entry.access == CATALOGUE[FormType.ZORG_START].read
    [attachment] = entry.attachments
    assert (attachment.name, attachment.content_type) == ("startdocument.pdf", "application/pdf")


async def test_cancel_saves_nothing(bot: DialogBot, school: School) -> None:
    replies = await bot.chat(MENTOR).conversation(*INFO_TO_SUMMARY, "annuleer")
    assert replies[-1].is_("CANCELLED")
    assert school.entries() == []


async def test_a_student_the_user_is_not_involved_with_is_not_found(bot: DialogBot) -> None:
    not_involved = await bot.chat(MENTOR).say("nieuw formulier Lotte de Vries")
    assert "200001" not in str(not_involved) and "Lotte de Vries (" not in str(not_involved)
    chat = bot.chat(ZUID_DOCENT)
    [elsewhere] = await chat.say("nieuw formulier Sven Çelik")
    await chat.say("annuleer")
    [nobody] = await chat.say("nieuw formulier Xavier Nobody")
    assert elsewhere.says("STUDENT_NOT_FOUND", typed="Sven Çelik")
    assert elsewhere.shown.replace("Sven Çelik", "X") == nobody.shown.replace("Xavier Nobody", "X")


async def test_several_matches_give_a_numbered_choice(bot: DialogBot) -> None:
    chat = bot.chat(MENTOR)
    [choice] = await chat.say("nieuw formulier 2A")
    assert choice.says("PICK_STUDENT")
    assert "1. Fatima El Amrani \\(2A, 100002\\)" in choice.text  # escaped markdown
    assert "2. Jan de Vries \\(2A, 100001\\)" in choice.text
    [form] = await chat.say("2")
    assert form.starts_with("ASK_FORM", student="Jan de Vries")


async def test_a_double_click_on_opslaan_creates_one_form(bot: DialogBot, school: School) -> None:
    chat = bot.chat(MENTOR)
    [summary] = (await chat.conversation(*INFO_TO_SUMMARY))[-1:]
    save = summary.button(chat.text("SAVE"))
    [first] = await chat.submit(save)
    [second] = await chat.submit(save)
    assert first.is_("SAVED", form=INFO, student="Jan de Vries")
    assert second.is_("ALREADY_SAVED")
    assert len(school.entries()) == 1


async def test_user_text_is_escaped_where_markdown_would_change_it(bot: DialogBot) -> None:
    messages = [*INFO_TO_SUMMARY[:2], "Gesprek *dringend* [link](x)", *INFO_TO_SUMMARY[3:]]
    summary = (await bot.chat(MENTOR).conversation(*messages))[-1]
    assert "Gesprek \\*dringend\\* \\[link\\]\\(x\\)" in summary.text
