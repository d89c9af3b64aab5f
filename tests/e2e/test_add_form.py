"""Adding a form from chat, through the real app: the guided dialog for several roles."""

from __future__ import annotations

from typing import Any

from domain.forms import CATALOGUE, FormType
from domain.roles import Role
from tests.e2e.logbook_checks import saved_entries
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.connector import Sent
from tests.support.school import DOCENT, MENTOR, TEAMLEIDER, ZORG, ZUID_DOCENT, Person

TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info"
INFO_TO_SUMMARY = ["nieuw formulier Jan de Vries", "2", "Gesprek over huiswerk",
                   "alles standaard", "Jan maakt zijn huiswerk weer elke dag."]


async def conversation(client: BotClient, person: Person, messages: list[str],
                       **options: Any) -> list[str]:
    """Say each message in turn; every reply, in order."""
    replies: list[str] = []
    for text in messages:
        replies += await client.say(person, text, **options)
    return replies


async def test_mentor_adds_an_information_form_with_all_defaults_in_six_messages(
    client: BotClient, school_url: str,
) -> None:
    messages = [*INFO_TO_SUMMARY, "opslaan"]
    replies = await conversation(client, MENTOR, messages)
    assert len(messages) == 6
    assert "Opgeslagen" in replies[-1], replies
    [entry] = await saved_entries(school_url)
    assert entry.form_type is FormType.INFORMATIE
    assert entry.description == "Gesprek over huiswerk"
    assert entry.author_id == MENTOR.staff_id and not entry.urgent
    assert entry.expires_on.isoformat() == "2027-07-31"
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER})  # a mentor's pre-ticks
    assert entry.fields == {"body": "Jan maakt zijn huiswerk weer elke dag."}
    assert entry.attachments == ()


async def test_mentor_accepts_each_default_with_one_tap_in_nine_messages(
    client: BotClient, school_url: str,
) -> None:
    messages = ["nieuw formulier", "Jan de Vries", "Docent/mentor/teamleider - informatie",
                "Gesprek", "standaard", "nee", "Tekst", "geen", "standaard"]
    replies = await conversation(client, MENTOR, messages)
    assert "Klopt dit?" in replies[-1] and "31\\-07\\-2027" not in replies[-1]
    assert "**Verloopdatum**: 31-07-2027" in replies[-1]
    [opgeslagen] = await client.say(MENTOR, "opslaan")
    assert "Opgeslagen" in opgeslagen
    [entry] = await saved_entries(school_url)
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER})  # a mentor's pre-ticks


async def test_every_step_is_a_card_of_version_at_most_1_5_with_buttons(
    client: BotClient,
) -> None:
    for text in INFO_TO_SUMMARY:
        sent = await client.send(teams.message(MENTOR, client.connector.url, text))
        [card] = sent[-1].cards
        assert float(card["version"]) <= 1.5
        assert all(a["type"] == "Action.Submit" for a in card["actions"])


async def test_a_card_button_equals_typing_and_card_inputs_are_read(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY[:3])
    await client.submit(MENTOR, {"text": "", "expiry": "2028-07-31"})
    await client.submit(MENTOR, {"text": "ja"})
    await client.submit(MENTOR, {"text": "", "f_body": "Via de kaart."})
    await client.submit(MENTOR, {"text": "geen"})
    await client.submit(MENTOR, {"text": "", "access": "mentor,zorgondersteuning"})
    await client.submit(MENTOR, {"text": "opslaan"})
    [entry] = await saved_entries(school_url)
    assert entry.expires_on.isoformat() == "2028-07-31" and entry.urgent
    assert entry.fields == {"body": "Via de kaart."}
    assert entry.access == frozenset({Role.MENTOR, Role.ZORGONDERSTEUNING})


async def test_a_docent_is_never_offered_the_care_start_document(client: BotClient) -> None:
    sent = await client.send(teams.message(DOCENT, client.connector.url,
                                           "nieuw formulier Jan de Vries"))
    offered = " ".join(s.text + str(s.cards) for s in sent)
    assert "Docent/mentor/teamleider - informatie" in offered
    assert CATALOGUE[FormType.ZORG_START].name not in offered
    [refused, again] = await client.say(DOCENT, "Zorg: Startdocument")
    assert "herken ik niet" in refused and "Startdocument" not in again


async def test_zorg_adds_a_start_document_with_its_attachment_and_locked_access(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, ZORG, ["nieuw formulier 100001"])
    fixed = await client.say(ZORG, "Zorg: Startdocument")
    assert "Omschrijving: **Zorg: Startdocument** (ligt vast" in fixed[0]
    await conversation(client, ZORG, ["standaard", "nee", "Start van de begeleiding."])
    shown = [s.text for s in await client.send(_with_file(ZORG, client, "startdocument.pdf"))]
    assert "Toegang ligt vast" in shown[0]
    assert "mentor, teamleider, MT, zorgondersteuning" in shown[0]
    assert "**Bijlage**: startdocument.pdf" in shown[-1]
    await client.say(ZORG, "opslaan")
    [entry] = await saved_entries(school_url)
    assert entry.form_type is FormType.ZORG_START
    assert entry.access == CATALOGUE[FormType.ZORG_START].read
    [attachment] = entry.attachments
    assert (attachment.name, attachment.content_type) == ("startdocument.pdf", "application/pdf")
    assert attachment.url == "https://files.school.test/startdocument.pdf"


async def test_an_attachment_over_the_size_limit_is_refused_clearly(client: BotClient) -> None:
    await conversation(client, MENTOR, [*INFO_TO_SUMMARY[:3], "standaard", "nee", "Tekst"])
    sent = await client.send(_with_file(MENTOR, client, "groot.pdf", size=30 * 1024 * 1024))
    assert "30,0 MB" in sent[0].text and "hoogstens 10,0 MB" in sent[0].text
    assert "Wil je een bijlage toevoegen?" in sent[-1].text


async def test_cancel_saves_nothing(client: BotClient, school_url: str) -> None:
    replies = await conversation(client, MENTOR, [*INFO_TO_SUMMARY, "annuleer"])
    assert replies[-1] == "Gestopt. Er is niets opgeslagen."
    assert await saved_entries(school_url) == []


async def test_terug_goes_back_one_question(client: BotClient) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY[:3])
    [back] = await client.say(MENTOR, "terug")
    assert back.startswith("Geef een korte omschrijving")
    [back] = await client.say(MENTOR, "terug")
    assert back.startswith("Welk formulier wil je toevoegen")


async def test_help_explains_the_step(client: BotClient) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY[:3])
    [explained] = await client.say(MENTOR, "help")
    assert "verloopdatum" in explained and "**terug**" in explained


async def test_an_invalid_date_is_asked_again_with_an_example(client: BotClient) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY[:3])
    refused, again = await client.say(MENTOR, "31-02-2027")
    assert "bestaat niet" in refused and "Typ bijvoorbeeld 31-07-2027" in refused
    assert again.startswith("Tot wanneer blijft het zichtbaar?")
    refused, _ = await client.say(MENTOR, "1-9-2025")
    assert "ligt in het verleden" in refused


async def test_a_student_the_user_is_not_involved_with_is_not_found(client: BotClient) -> None:
    not_involved = await client.say(MENTOR, "nieuw formulier Lotte de Vries")
    assert "200001" not in " ".join(not_involved)
    assert "Lotte de Vries (" not in " ".join(not_involved)
    await client.say(MENTOR, "annuleer")
    [elsewhere] = await client.say(ZUID_DOCENT, "nieuw formulier Sven Çelik")
    await client.say(ZUID_DOCENT, "annuleer")
    [nobody] = await client.say(ZUID_DOCENT, "nieuw formulier Xavier Nobody")
    assert "Ik vind geen leerling" in elsewhere
    assert elsewhere.replace("Sven Çelik", "X") == nobody.replace("Xavier Nobody", "X")


async def test_several_matches_give_a_choice(client: BotClient) -> None:
    [choice] = await client.say(MENTOR, "nieuw formulier 2A")
    assert "1. Fatima El Amrani \\(2A, 100002\\)" in choice  # escaped markdown
    assert "2. Jan de Vries \\(2A, 100001\\)" in choice
    [form] = await client.say(MENTOR, "2")
    assert "**Jan de Vries**" in form


async def test_a_restart_mid_dialog_continues_where_it_was(
    school_url: str, clock: Clock,
) -> None:
    settings = settings_for(school_url)
    async with running_bot(settings, clock) as client:
        await conversation(client, MENTOR, INFO_TO_SUMMARY[:3])
    async with running_bot(settings, clock) as client:
        await conversation(client, MENTOR, INFO_TO_SUMMARY[3:])
        [saved] = await client.say(MENTOR, "opslaan")
    assert "Opgeslagen" in saved
    assert len(await saved_entries(school_url)) == 1


async def test_a_teams_retry_of_the_save_activity_creates_one_form(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY)
    save = teams.message(MENTOR, client.connector.url, "", value={"text": "opslaan"})
    first = await client.send(save)
    retry = await client.send(save)  # the same activity id: processed once, no second reply
    assert "Opgeslagen" in first[0].text and retry == []
    assert len(await saved_entries(school_url)) == 1


async def test_a_double_click_on_opslaan_creates_one_form(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY[:-1])
    summary = await client.send(teams.message(MENTOR, client.connector.url, INFO_TO_SUMMARY[-1]))
    save = _button(summary, "Opslaan")
    first = await client.submit(MENTOR, save)
    second = await client.submit(MENTOR, save)
    assert "Opgeslagen" in first[0].text and "al opgeslagen" in second[0].text
    assert len(await saved_entries(school_url)) == 1


async def test_a_button_on_an_older_card_cannot_answer_a_later_question(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY[:2])
    expiry = await client.send(teams.message(MENTOR, client.connector.url, "Gesprek"))
    await client.say(MENTOR, "standaard")  # now at Let op
    [ignored] = [s.text for s in await client.submit(MENTOR, _button(expiry, "Alles standaard"))]
    assert ignored.startswith("Die knop hoort bij een eerdere vraag")
    await conversation(client, MENTOR, ["ja", "Tekst", "geen", "standaard", "opslaan"])
    [entry] = await saved_entries(school_url)
    assert entry.urgent


async def test_wijzigen_redoes_one_step_and_returns_to_the_summary(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, [*INFO_TO_SUMMARY, "wijzigen", "Verloopdatum"])
    [summary] = await client.say(MENTOR, "volgend schooljaar")
    assert "**Verloopdatum**: 31-07-2028" in summary
    await client.say(MENTOR, "opslaan")
    [entry] = await saved_entries(school_url)
    assert entry.expires_on.isoformat() == "2028-07-31"


async def test_user_text_is_escaped_where_markdown_would_change_it(client: BotClient) -> None:
    messages = [*INFO_TO_SUMMARY[:2], "Gesprek *dringend* [link](x)", *INFO_TO_SUMMARY[3:]]
    summary = (await conversation(client, MENTOR, messages))[-1]
    assert "Gesprek \\*dringend\\* \\[link\\]\\(x\\)" in summary


async def test_an_english_client_gets_english_texts(client: BotClient) -> None:
    [form] = await client.say(MENTOR, "new form Jan de Vries", locale="en-US")
    assert form.startswith("Which form do you want to add for **Jan de Vries**?")
    [description] = await client.say(MENTOR, "2", locale="en-US")
    assert description.startswith("Give a short description")
    [stopped] = await client.say(MENTOR, "cancel", locale="en-US")
    assert stopped == "Stopped. Nothing was saved."


def _button(sent: list[Sent], title: str) -> dict[str, Any]:
    """The data a card button in the last message submits."""
    actions = sent[-1].cards[0]["actions"]
    return dict(next(a["data"] for a in actions if a["title"].startswith(title)))


def _with_file(person: Person, client: BotClient, name: str, size: int | None = None
               ) -> dict[str, Any]:
    activity = teams.message(person, client.connector.url, "")
    content: dict[str, Any] = {"downloadUrl": f"https://files.school.test/{name}",
                               "uniqueId": "file-1", "fileType": name.rsplit(".", 1)[-1]}
    if size is not None:
        content["size"] = size
    activity["attachments"] = [{"contentType": TEAMS_FILE, "name": name, "content": content,
                                "contentUrl": f"https://school.sharepoint.test/{name}"}]
    return activity


async def test_a_form_goes_under_an_existing_logbook_item_when_asked(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, [*INFO_TO_SUMMARY, "opslaan"])
    [parent] = await saved_entries(school_url)
    [ask_parent] = await client.say(MENTOR, "nieuw formulier Jan de Vries")
    [question] = await client.say(MENTOR, "2 onder")
    assert "Onder welk logboekitem" in question and "Gesprek over huiswerk" in question
    messages = ["2", "Vervolggesprek", "alles standaard", "Het gaat beter.", "opslaan"]
    replies = await conversation(client, MENTOR, messages)
    assert "**Onder**: Gesprek over huiswerk" in replies[-2]
    child = next(e for e in await saved_entries(school_url) if e.id != parent.id)
    assert child.parent_id == parent.id


async def test_a_team_leader_fills_in_the_incident_fields_one_by_one(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, TEAMLEIDER, ["nieuw formulier 100001", "Incidentregistratie",
                                            "standaard", "ja"])
    replies = await conversation(client, TEAMLEIDER, ["20-11-2026", "25:99"])
    assert replies[0].startswith("Vul in: **Tijd**") and "geen tijd" in replies[1]
    replies = await conversation(client, TEAMLEIDER, [
        "10.45", "2", "Gesprek met de leerlingen", "Getuige", "Ouders bellen",
        "Ruzie op het plein"])
    assert replies[-1].startswith("Wil je een bijlage toevoegen?")
    locked, summary = await client.say(TEAMLEIDER, "geen")
    assert locked == "Toegang ligt vast voor dit formulier: teamleider."
    assert "**Soort incident**: Pesten" in summary and "**Tijd**: 10:45" in summary
    await client.say(TEAMLEIDER, "opslaan")
    [entry] = await saved_entries(school_url)
    assert entry.fields["incident_date"] == "20-11-2026"
    assert entry.fields["incident_time"] == "10:45"
    assert entry.fields["student_role"] == "Getuige" and entry.urgent


async def test_terug_from_the_summary_redoes_the_text_with_the_old_text_on_the_card(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY)
    sent = await client.send(teams.message(MENTOR, client.connector.url, "terug"))
    assert sent[-1].text.startswith("Vul in: **Tekst**")
    assert sent[-1].cards[0]["body"][0]["value"] == INFO_TO_SUMMARY[-1]
    [summary] = await client.say(MENTOR, "Een betere tekst.")
    assert "**Tekst**: Een betere tekst." in summary
    await client.say(MENTOR, "opslaan")
    [entry] = await saved_entries(school_url)
    assert entry.fields == {"body": "Een betere tekst."}


async def test_in_a_group_chat_the_dialog_does_not_start(client: BotClient) -> None:
    replies = await client.say(MENTOR, "nieuw formulier Jan de Vries",
                               conversation_type="groupChat", conversation_id="19:group")
    assert "Jan de Vries" not in " ".join(replies)
    assert not any("Welk formulier" in reply for reply in replies)
