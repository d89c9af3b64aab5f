"""Offered files wait for consent: once, for the one who asked, not for ever, not unbounded."""

from __future__ import annotations

from datetime import timedelta

from dialogs.export.file_offer import FileOffers, OfferedFile, consent_card
from tests.unit.school import NOW


def file(staff_id: str = "tl1", name: str = "dossier.html") -> OfferedFile:
    return OfferedFile(staff_id, "100001", name, b"<html></html>", NOW)


def test_an_offer_is_taken_once_by_the_one_who_asked() -> None:
    offers = FileOffers()
    token = offers.offer(file())
    assert offers.take(token, "someone-else", NOW) is None
    assert offers.take(token, "tl1", NOW) == file()
    assert offers.take(token, "tl1", NOW) is None


def test_an_old_offer_is_gone() -> None:
    offers = FileOffers(keep=timedelta(minutes=30))
    token = offers.offer(file())
    assert offers.take(token, "tl1", NOW + timedelta(minutes=31)) is None


def test_the_oldest_offers_make_room() -> None:
    offers = FileOffers(most=2)
    first, *_ = [offers.offer(file(name=f"{n}.html")) for n in range(3)]
    assert offers.take(first, "tl1", NOW) is None


def test_a_declined_offer_is_dropped_only_by_its_owner() -> None:
    offers = FileOffers()
    token = offers.offer(file())
    offers.drop(token, "someone-else")
    offers.drop(token, "tl1")
    assert offers.take(token, "tl1", NOW) is None


def test_the_consent_card_names_the_file_its_size_and_the_offer() -> None:
    card = consent_card(file(), "token-1", "Leerlingdossier").serialize()
    assert card["contentType"] == "application/vnd.microsoft.teams.card.file.consent"
    assert card["name"] == "dossier.html"
    assert card["content"]["sizeInBytes"] == len(b"<html></html>")
    assert card["content"]["acceptContext"] == {"offer": "token-1", "student": "100001"}
