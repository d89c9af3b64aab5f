"""Conversations: the waterfall dialogs and the cards staff see. Bot Framework types live here
and in bot/, nowhere else.

    main_dialog.py  the router: a typed command starts its feature's dialog
    help_dialog.py  `help`: the commands this staff member may use
    texts/          the catalogue: every text and keyword, nl.py and en.py (see its docstring)
    common/         shared by every feature: the step dialog (steps as data, cancel/back/help),
                    answer prompt, cards, context, commands, student lookup, signal headlines
    logbook/        `logboek`, `meer`, `details`, the absence picture on its card
    add_form/       `nieuw formulier` and `snel formulier`; its steps are shared with edit/
    edit/           `bewerk`
    export/         `export` and the file offer
    tasks/          absence prompt cards, `taken`, `gedaan`, `signaal`
    my_students/    `mijn leerlingen`

A feature imports common/ and texts/ (edit/ also add_form/), never another feature; only the
main dialog gathers them (import-linter contracts in pyproject.toml).
"""
