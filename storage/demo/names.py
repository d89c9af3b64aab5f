"""Fictional Dutch names for the demo school: common first names, surnames with and without
tussenvoegsel, and a few with accents so that accent-free search has something to find."""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Jan", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Luuk", "Bram", "Thijs",
    "Jesse", "Ruben", "Thomas", "Stijn", "Lars", "Mees", "Gijs", "Tim", "Sven", "Mohammed",
    "Youssef", "Emre", "Mehmet", "Noor", "Emma", "Julia", "Tess", "Sophie", "Zoë", "Fleur",
    "Anna", "Sara", "Lotte", "Eva", "Lieke", "Sanne", "Isa", "Femke", "Anouk", "Maud", "Roos",
    "Fatima", "Yasmina", "Aylin", "Elif", "Chloë", "Renée", "Inès", "Joëlle", "Mila", "Lina",
)

LAST_NAMES = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
    "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
    "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
    "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
    "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten",
    "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
    "van Dam", "Prins", "Blom", "Huisman", "Peeters", "El Amrani", "Yilmaz", "Çelik",
    "Özdemir", "Kaya", "Bouzid", "Ramdin", "Nguyen", "Wójcik", "Müller",
)


def random_name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
