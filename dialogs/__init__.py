"""Conversations: the waterfall dialogs and the cards staff see. Bot Framework types live here
and in bot/, nowhere else.

    main_dialog.py  the router: a typed command starts its feature's dialog
    help_dialog.py  `help`: the commands this staff member may use
    texts/          the catalogue: every text and keyword, nl.py and en.py (see its docstring)
    common/         shared by every feature: cancel/back/help base, answer prompt, cards,
                    the turn's context, command matching, student lookup, signal headlines
    logbook/        `logboek`, `meer`, `details`
    add_form/       `nieuw formulier` and `snel formulier`; its steps are shared with edit/
    edit/           `bewerk`
    export/         `export` and the file offer
    tasks/          absence prompt cards, `taken`, `gedaan`, `signaal`

A feature imports common/ and texts/ (edit/ also add_form/), never another feature; only the
main dialog gathers them (import-linter contracts in pyproject.toml).
"""
