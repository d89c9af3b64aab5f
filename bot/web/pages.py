"""The three public pages the Teams manifest links to: about, privacy and terms of use.

Static text about the product; they never show anything from a student's file.
"""

from __future__ import annotations

from html import escape

from aiohttp import web

_STYLE = ("body{font-family:Segoe UI,Arial,sans-serif;max-width:42rem;margin:2rem auto;"
          "padding:0 1rem;line-height:1.5;color:#222}h1{color:#1F5FA8}")

ABOUT = ("lvsbot", [
    "lvsbot brengt het leerlingvolgsysteem van de school naar Microsoft Teams: een formulier "
    "toevoegen aan het logboek van een leerling, het logboek lezen, en een seintje krijgen "
    "wanneer een leerling een drempel van het verzuimprotocol bereikt.",
    "De bot is alleen te gebruiken door medewerkers van de school, in hun eigen Teams.",
])
PRIVACY = ("Privacy", [
    "lvsbot verwerkt gegevens uit het leerlingdossier namens de school, die "
    "verwerkingsverantwoordelijke is onder de AVG.",
    "Een medewerker ziet alleen de formulieren die zijn of haar rol mag lezen, en alleen van "
    "leerlingen bij wie hij of zij betrokken is. Een leerlingdossier wordt alleen in een "
    "persoonlijke chat getoond, nooit in een groepsgesprek of kanaal.",
    "Elke keer dat een dossier wordt gelezen, aangevuld of geëxporteerd, wordt vastgelegd wie "
    "dat deed en wanneer.",
    "Logboekformulieren worden 2 jaar na het vertrek van de leerling verwijderd, "
    "verzuimgegevens na 5 jaar. Ouders (en leerlingen vanaf 16 jaar) hebben recht op inzage "
    "en een kopie; de school verzorgt die export.",
    "Vragen over privacy: neem contact op met de functionaris gegevensbescherming van de school.",
])
TERMS = ("Gebruiksvoorwaarden", [
    "lvsbot is bedoeld voor het werk van medewerkers van de school met hun eigen leerlingen.",
    "Schrijf zo dat het hele dossier aan ouders en leerling kan worden getoond: alleen "
    "functionele, feitelijke informatie.",
    "Deel niets uit het dossier met mensen die er geen recht op hebben.",
])


def _page(title: str, paragraphs: list[str]) -> web.Response:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html = (f'<!doctype html><html lang="nl"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
            f"<body><h1>{escape(title)}</h1>{body}</body></html>")
    return web.Response(text=html, content_type="text/html")


def add_pages(app: web.Application) -> None:
    for path, (title, paragraphs) in {"/": ABOUT, "/privacy": PRIVACY, "/terms": TERMS}.items():
        async def handler(_request: web.Request, t: str = title,
                          p: list[str] = paragraphs) -> web.Response:
            return _page(t, p)

        app.router.add_get(path, handler)
