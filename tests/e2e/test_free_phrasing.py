"""Talking like a colleague, through the real app: free phrasing, a name alone, stop with
nothing running, and dialogs that step aside (interruptions, a long pause) without losing
the draft."""

from __future__ import annotations

from datetime import timedelta

from tests.e2e.logbook_checks import saved_entries
from tests.support.bot import BotClient, Clock
from tests.support.connector import Sent
from tests.support.school import MENTOR

FORM_QUESTION = "Welk formulier wil je toevoegen voor **Jan de Vries**?"


def card_texts(sent: list[Sent]) -> str:
    return " ".join([s.text for s in sent] + [str(card) for s in sent for card in s.cards])


async def test_free_phrasing_and_a_name_alone_open_the_logbook(client: BotClient) -> None:
    for text in ("kun je het logboek van Jan de Vries laten zien?", "wie is jan de vries",
                 "Jan de Vries", "logbok Jna de Vries", "wat weten we over Fatima"):
        sent = await client.send_text(MENTOR, text)
        assert "Logboek" in str(sent[0].cards[0]["body"][0]), text
    [reply] = await client.say(MENTOR, "wat moet ik doen?")
    assert reply == "Je hebt geen open taken."


async def test_the_mentors_own_jan_is_answered_at_once(client: BotClient) -> None:
    """Jan de Vries is the mentor's; Jan Vermeulen is in a class she does not teach."""
    sent = await client.send_text(MENTOR, "logboek jan")
    assert sent[0].cards[0]["body"][0]["text"] == "Logboek Jan de Vries"


async def test_stop_with_nothing_running_says_so(client: BotClient) -> None:
    assert await client.say(MENTOR, "annuleer") == ["Er loopt niets om te stoppen."]
    assert await client.say(MENTOR, "cancel", locale="en-GB") == ["There is nothing to stop."]


async def test_another_command_mid_dialog_is_answered_and_the_draft_goes_on(
    client: BotClient, school_url: str,
) -> None:
    await client.say(MENTOR, "nieuw formulier Jan de Vries")
    sent = await client.send_text(MENTOR, "laat het logboek van Jan zien")
    assert "Logboek Jan de Vries" in card_texts(sent)
    offer = sent[-1].cards[0]
    assert offer["body"][0]["text"] == "Het formulier voor Jan de Vries staat nog voor je klaar."
    [button] = offer["actions"]
    assert button["title"] == "Verder met het formulier voor Jan de Vries"
    again = await client.submit(MENTOR, button["data"])
    assert FORM_QUESTION in card_texts(again)
    for text in ("2", "Gesprek over huiswerk", "alles standaard", "Gaat weer goed.", "opslaan"):
        replies = await client.say(MENTOR, text)
    assert "Opgeslagen" in replies[-1]
    [entry] = await saved_entries(school_url)
    assert entry.description == "Gesprek over huiswerk"


async def test_a_dialog_left_for_an_hour_is_not_resumed_silently(
    client: BotClient, clock: Clock,
) -> None:
    await client.say(MENTOR, "nieuw formulier Jan de Vries")
    clock.current += timedelta(hours=2)
    sent = await client.send_text(MENTOR, "taken")
    assert sent[0].text == "Je hebt geen open taken."
    assert "7 dagen" in card_texts(sent[-1:]) and "verder" in card_texts(sent[-1:])
    assert FORM_QUESTION in card_texts(await client.send_text(MENTOR, "verder"))
    clock.current += timedelta(hours=2)
    assert "7 dagen" in card_texts(await client.send_text(MENTOR, "hoi"))
    clock.current += timedelta(days=8)  # kept for a week after it was set aside, then gone
    assert await client.say(MENTOR, "verder") == ["Er staat niets klaar om mee verder te gaan."]


async def test_a_stray_answer_gets_the_question_once_then_a_short_line(
    client: BotClient,
) -> None:
    await client.say(MENTOR, "nieuw formulier Jan de Vries")
    first = await client.send_text(MENTOR, "hoi")
    assert "Typ een nummer uit de lijst, bijvoorbeeld **1**" in first[0].text
    assert FORM_QUESTION in card_texts(first[1:])
    second = await client.send_text(MENTOR, "zomaar iets")
    assert len(second) == 1 and "Ik wacht nog op je antwoord" in second[0].text
    assert FORM_QUESTION not in card_texts(second)
    assert "Klopt dit?" not in card_texts(await client.send_text(MENTOR, "2"))


async def test_stop_in_other_words_mid_dialog_stops_it(client: BotClient) -> None:
    await client.say(MENTOR, "nieuw formulier Jan de Vries")
    assert await client.say(MENTOR, "laat maar") == ["Gestopt. Er is niets opgeslagen."]
    assert await client.say(MENTOR, "annuleer") == ["Er loopt niets om te stoppen."]


async def test_a_free_phrased_logbook_request_in_a_group_chat_goes_to_the_personal_chat(
    client: BotClient,
) -> None:
    for text in ("kun je het logboek van Jan laten zien?", "Jan de Vries"):
        replies = await client.say(MENTOR, text, conversation_type="groupChat",
                                   conversation_id="19:group-chat@thread.v2")
        assert "Jan de Vries" not in " ".join(replies) and "Logboek" not in " ".join(replies)
