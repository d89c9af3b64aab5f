"""Staff roles, as the roster names them (codes) and as staff read them (labels)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    DOCENT = "docent"
    MENTOR = "mentor"
    TEAMLEIDER = "teamleider"
    MT = "mt"
    ZORGONDERSTEUNING = "zorgondersteuning"
    VERZUIMCOORDINATOR = "verzuimcoordinator"
    VERZUIMADMINISTRATIE = "verzuimadministratie"
    COORDINATOR_LEERLINGZAKEN = "coordinator_leerlingzaken"
    IOT = "iot"
    LOB = "lob"
    ONDERWIJSBEGELEIDER = "onderwijsbegeleider"
    STAGECOORDINATOR = "stagecoordinator"
    TEAM_ACOI = "team_acoi"

    @property
    def label(self) -> str:
        return _LABELS_NL[self]

    def label_in(self, language: str) -> str:
        return (_LABELS_EN if language == "en" else _LABELS_NL)[self]


# Docent and mentor serve the students they are tied to; every other role
# serves the whole location (DOMAIN.md §1, "Involvement").
TIED_ROLES: frozenset[Role] = frozenset({Role.DOCENT, Role.MENTOR})
LOCATION_ROLES: frozenset[Role] = frozenset(Role) - TIED_ROLES

_LABELS_NL: dict[Role, str] = {
    Role.DOCENT: "docent",
    Role.MENTOR: "mentor",
    Role.TEAMLEIDER: "teamleider",
    Role.MT: "MT",
    Role.ZORGONDERSTEUNING: "zorgondersteuning",
    Role.VERZUIMCOORDINATOR: "verzuimcoördinator",
    Role.VERZUIMADMINISTRATIE: "verzuimadministratie",
    Role.COORDINATOR_LEERLINGZAKEN: "coördinator leerlingzaken",
    Role.IOT: "IOT",
    Role.LOB: "LOB",
    Role.ONDERWIJSBEGELEIDER: "onderwijsbegeleider",
    Role.STAGECOORDINATOR: "stagecoördinator",
    Role.TEAM_ACOI: "team AC&OI",
}

_LABELS_EN: dict[Role, str] = {
    Role.DOCENT: "teacher",
    Role.MENTOR: "mentor",
    Role.TEAMLEIDER: "team leader",
    Role.MT: "management team",
    Role.ZORGONDERSTEUNING: "student care",
    Role.VERZUIMCOORDINATOR: "attendance coordinator",
    Role.VERZUIMADMINISTRATIE: "attendance administration",
    Role.COORDINATOR_LEERLINGZAKEN: "coordinator of student affairs",
    Role.IOT: "internal support team",
    Role.LOB: "career guidance",
    Role.ONDERWIJSBEGELEIDER: "educational counsellor",
    Role.STAGECOORDINATOR: "internship coordinator",
    Role.TEAM_ACOI: "admissions team",
}


def parse_roles(text: str) -> frozenset[Role]:
    """Roles from a roster cell such as ``"docent;mentor"``; unknown codes raise ValueError."""
    codes = [part.strip().lower() for part in text.split(";") if part.strip()]
    unknown = [code for code in codes if code not in Role._value2member_map_]
    if unknown:
        known = ", ".join(role.value for role in Role)
        raise ValueError(f"unknown role {', '.join(unknown)} (known: {known})")
    return frozenset(Role(code) for code in codes)
