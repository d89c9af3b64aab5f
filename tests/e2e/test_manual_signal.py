"""`signaal <student> <topic>`: human judgement raised by hand, by the right roles only."""

from __future__ import annotations

from tests.support.bot import BotClient
from tests.support.school import DOCENT, MENTOR, VC, ZUID_DOCENT


async def test_the_attendance_coordinator_raises_unclear_illness(client: BotClient) -> None:
    [reply] = await client.say(VC, "signaal Jan de Vries ziektebeeld onduidelijk")
    assert reply.startswith("Signaal **ziektebeeld onduidelijk** voor Jan de Vries vastgelegd")
    assert "mentor" in reply
    [again] = await client.say(VC, "signaal Jan de Vries ziektebeeld onduidelijk")
    assert again == "Dit signaal is vandaag al gegeven voor Jan de Vries."


async def test_only_a_signal_with_an_lpa_step_leaves_a_verantwoordingsformulier(
    client: BotClient,
) -> None:
    await client.say(MENTOR, "signaal 100001 bijzondere afspraken")
    sent = await client.send_text(MENTOR, "logboek 100001")
    assert "Verantwoordingsformulier verzuim" not in str(sent[0].cards)
    [reply] = await client.say(MENTOR, "signaal 100001 combinatie")
    assert reply.startswith("Signaal **combinatie** voor Jan de Vries vastgelegd")
    assert reply.index("persoonlijk op de hoogte") < reply.index("Verstuurt de uitnodiging")
    sent = await client.send_text(MENTOR, "logboek 100001")
    assert "Verantwoordingsformulier verzuim" in str(sent[0].cards)


async def test_without_a_topic_every_topic_is_offered(client: BotClient) -> None:
    sent = await client.send_text(MENTOR, "signaal Jan de Vries")
    buttons = [a["data"]["text"] for a in sent[0].cards[0]["actions"]]
    assert buttons == [f"signaal 100001 {topic}" for topic in (
        "ziektebeeld onduidelijk", "bijzondere afspraken", "zorgen", "veel ongeoorloofd",
        "combinatie")]


async def test_a_teacher_may_not_raise_a_signal(client: BotClient) -> None:
    [reply] = await client.say(DOCENT, "signaal Jan de Vries bijzondere afspraken")
    assert reply.startswith("Alleen de verzuimcoördinator, het IOT of een mentor")


async def test_a_student_one_is_not_involved_with_is_not_found(client: BotClient) -> None:
    [not_involved] = await client.say(ZUID_DOCENT, "signaal 100001 bijzondere afspraken")
    [nobody] = await client.say(ZUID_DOCENT, "signaal 999999 bijzondere afspraken")
    assert not_involved == nobody


async def test_the_logbook_header_shows_the_open_actions_to_those_who_may_see_them(
    client: BotClient,
) -> None:
    await client.say(VC, "signaal Jan de Vries ziektebeeld onduidelijk")
    [mentor_view] = await client.send_text(MENTOR, "logboek 100001")
    assert "Lopende verzuimacties" in str(mentor_view.cards)
    assert "ziektebeeld onduidelijk" in str(mentor_view.cards)
    [docent_view] = await client.send_text(DOCENT, "logboek 100001")
    assert "Lopende verzuimacties" not in str(docent_view.cards)
