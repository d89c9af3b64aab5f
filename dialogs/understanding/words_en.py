"""How staff ask for things in English: the same shape as words_nl.py."""

from __future__ import annotations

from dialogs.understanding import intents as i

STRONG: dict[str, tuple[str, ...]] = {
    i.HELP: ("help", "commands", "what can you do", "how does this work", "how do you work",
             "instructions", "manual"),
    i.LOGBOOK: ("logbook", "log book", "file", "student file", "notes",
                "what do we know about", "who is", "info on", "info about",
                "information about", "history of"),
    i.MORE: ("more", "next", "next page", "show more"),
    i.DETAILS: ("details", "detail", "in full", "read in full"),
    i.ADD_FORM: ("new form", "new entry", "new note", "note", "add note", "add a note",
                 "add form", "write", "write down", "add", "report", "fill in", "register"),
    i.QUICK_FORM: ("quick form", "quick note", "short form", "one card"),
    i.EDIT: ("edit", "change", "modify", "correct", "fix", "update"),
    i.EXPORT: ("export", "export file", "download", "copy of the file", "inspection"),
    i.SIGNAL: ("signal", "raise a signal", "raise signal", "flag"),
    i.TASKS: ("tasks", "my tasks", "task", "my actions", "actions", "what do i need to do",
              "what should i do", "what do i have to do", "todo", "to do", "to-do",
              "open actions", "worklist"),
    i.TASK_DONE: ("done", "completed", "tick off"),
    i.CANCEL: ("cancel", "quit", "abort", "never mind", "nevermind", "forget it"),
    i.GO_ON: ("continue", "resume", "go on", "carry on", "back to the form"),
}

WEAK: dict[str, tuple[str, ...]] = {
    i.LOGBOOK: ("show", "view", "see", "look up", "find", "read", "open", "check"),
    i.QUICK_FORM: ("quick",),
    i.GREETING: ("hello", "hi", "hey", "good morning", "good afternoon", "morning"),
}

KEPT: dict[str, tuple[str, ...]] = {
    i.LOGBOOK: ("absence", "including expired", "with expired"),
}

FILLERS: frozenset[str] = frozenset("""
    i you me my the a an of for about on in to at with please can could would will let us
    see what is are do does we know student pupil students thanks thank want like give get
    it its his her their this that these those some any all also just now then and or
    there here up tell hi ok okay yes no kindly pls
""".split())
