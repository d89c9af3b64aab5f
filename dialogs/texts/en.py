"""English: every text staff read, by key. The keys and placeholders match nl.py (tested)."""

from __future__ import annotations

from typing import Final

# The example every refused expiry date ends with ({end}: this school year's end).
_EXAMPLE: Final = (
    "Type for example {end:%d-%m-%Y}, {end.day} July {end.year}, 'end of school year' or "
    "'next school year'."
)

TEXTS: Final[dict[str, str]] = {
    # Every conversation: access, welcome, help, failures, group chats.
    "NOT_ALLOWED": (
        "Sorry, you do not have access to this bot. Contact your school's application "
        "administrator if you think this is a mistake."
    ),
    "WELCOME": (
        "Welcome to the student file, {name}. You are here as {roles}. Here you "
        "can:\n\n{commands}\n\nType **help** for all commands."
    ),
    "HELP": (
        "You can ask me:\n\n{commands}\n\nFeel free to use your own words, for example "
        "*show me Jan's logbook*, *note for Jan*, *what do I need to do?*, or just type a "
        "name. While I am asking something: **cancel** stops, **back** goes one step back, "
        "**help** explains the step; another question in between is fine, **continue** then "
        "goes on where you were."
    ),
    "HINT": (
        "I did not understand that. Type **help** to see what I can do, or for example **logbook "
        "Jan de Vries**."
    ),
    "SOMETHING_WENT_WRONG": (
        "Something went wrong on my side; nothing was half-saved. Please try again shortly."
    ),
    "TRY_LATER": "The student file is not reachable right now. Please try again later.",
    "OPEN_PERSONAL_CHAT": (
        "I only show a student's file in a personal chat, not here where others read along. Open "
        "a chat with me and ask there."
    ),
    "ANSWERED_IN_PERSONAL_CHAT": (
        "I answered you in our personal chat: I do not show a student's file here."
    ),
    "ANSWER_FROM_GROUP": "You asked this in a group conversation; here is my answer.",
    "CANCELLED": "Stopped. Nothing was saved.",
    "NOTHING_TO_CANCEL": "There is nothing to stop.",
    "KEPT_DROPPED": "Stopped: {draft} was thrown away; nothing was saved.",
    "KEPT_AFTER_ANSWER": "{Draft} is still waiting for you.",
    "KEPT_AFTER_PAUSE": (
        "You left {draft} for a while; I kept it and keep it for 7 days. Type **continue** "
        "or click below to go on."
    ),
    "GO_ON_BUTTON": "Go on with {draft}",
    "NOTHING_TO_GO_ON": "There is nothing waiting to go on with.",
    "DRAFT_FORM": "the form for {name}",
    "DRAFT_EDIT": "the edit for {name}",
    "DRAFT_OTHER": "your previous question",
    "DRAFT_FORM_NAMELESS": "the form",
    "STILL_WAITING": (
        "{error} I am still waiting for your answer to the question above. Something else "
        "first? Just type it (for example **logbook Jan** or **tasks**): this form stays. "
        "**cancel** stops it."
    ),
    # The line of each command in the welcome and in help (key: COMMAND_ + dialog id).
    "COMMAND_HELP": "**help** – what I can do",
    "COMMAND_LOGBOOK": (
        "**logbook Jan de Vries** – a student's logbook (filters: **urgent**, **absence**, "
        "**2025-2026**, **including expired**)"
    ),
    "COMMAND_LOGBOOK_MORE": "**more** – the next forms of the logbook",
    "COMMAND_LOGBOOK_DETAILS": "**details 3** – the third form of the logbook, in full",
    "COMMAND_ADD_FORM": "**new form** [student] – add a form to a student's logbook",
    "COMMAND_QUICK_FORM": "**quick form** student – one card",
    "COMMAND_EDIT_ENTRY": "**edit** [form] – change a form and finish it",
    "COMMAND_EXPORT": (
        "**export Jan de Vries** – the whole file as a document (inspection and copy)"
    ),
    "COMMAND_TASKS": "**tasks** – your open absence protocol actions",
    "COMMAND_MY_STUDENTS": (
        "**my students** – your students with this year's absence, those with open actions "
        "first"
    ),
    "COMMAND_TASK_DONE": "**done** <task number> – tick off an absence protocol action",
    "COMMAND_SIGNAL": (
        "**signal Jan de Vries ziektebeeld onduidelijk** – raise an absence signal by hand (or: "
        "bijzondere afspraken, zorgen, veel ongeoorloofd, combinatie)"
    ),
    # The add-form, quick-form and edit dialogs, in conversation order.
    "ASK_STUDENT": (
        "Which student is it about? Type (part of) the name, the class or the student number."
    ),
    "STUDENT_NOT_FOUND": "I found no student for '{typed}'.",
    "PICK_STUDENT": "I found several students. Which one? Type the number.",
    "DID_YOU_MEAN": (
        "I found no student for '{typed}'. Do you mean one of these? Type the number, or type "
        "another name."
    ),
    "ASK_FORM": (
        "Which form do you want to add for **{student}**? Type the name or the number. Add "
        "**under** to attach it under an existing logbook item."
    ),
    "NO_FORMS": "You may not add forms for {student}.",
    "UNKNOWN_CHOICE": (
        "I do not recognise that choice. Type a number from the list, for example **1**."
    ),
    "ASK_PARENT": (
        "Under which logbook item does it go? Type the number, or **none** for a separate form."
    ),
    "NO_PARENTS": "{student} has no logbook items yet; it becomes a separate form.",
    "ASK_DESCRIPTION": "Give a short description (at most {limit} characters): what is it about?",
    "FIXED_DESCRIPTION": "Description: **{name}** (fixed for this form).",
    "ASK_EXPIRY": (
        "Until when does it stay visible? The default is **{default}**. Type a date (for example "
        "31-07-2028, 'next school year') or choose **default**. **All defaults** also takes the "
        "default urgency, attachment and access."
    ),
    "DEFAULT_BUTTON": "Default: {default}",
    "ALL_DEFAULTS_BUTTON": "All defaults",
    "ASK_URGENT": (
        "Should the form be marked **urgent** (Let op)? Type **yes** or **no** (default no)."
    ),
    "URGENT_NO": "No (default)",
    "URGENT_YES": "Yes, urgent",
    "YES_OR_NO": "Type **yes** or **no**.",
    "ASK_FIELD": "Fill in: **{label}**{choices}",
    "ASK_FIELDS_CARD": (
        "Fill in the form; typing works too, field by field. First: **{label}**{choices}"
    ),
    "ASK_ATTACHMENT": (
        "Do you want to add an attachment? Send the file here in the chat, or choose **none** "
        "(at most {limit})."
    ),
    "NO_ATTACHMENT": "No attachment",
    "ATTACHMENT_ADDED": "Attachment: {name}",
    "SEND_A_FILE": "Send a file, or type **none**.",
    "LOCKED_ACCESS": "Access is fixed for this form: {groups}.",
    "ASK_ACCESS": (
        "Who may read it? Default: **{groups}**. Choose **default**, or type the groups "
        "separated by commas. You can choose from: {choosable}."
    ),
    "UNKNOWN_GROUPS": "I do not know these groups or you cannot choose them: {names}.",
    "SUMMARY": "Is this right? Choose **save**, **change** or **cancel**.",
    "SAVE": "Save",
    "CHANGE": "Change",
    "CANCEL": "Cancel",
    "BACK": "Back",
    "NEXT": "Next",
    "ASK_WHICH_STEP": "What do you want to change? Type the number.",
    "SAVED": "Saved: **{form}** for {student}.",
    "ALREADY_SAVED": (
        "There is nothing waiting to be saved: that form was already saved (or stopped). Type "
        "**new form** for a new one."
    ),
    "ENTRY_NOT_FOUND": "That form was not found.",
    "EDIT_WHICH": (
        "What do you want to change in **{form}** for {student}? Choose, then **finish** to save."
    ),
    "FINISH": "Finish",
    "NOT_EDITABLE": "You may read this form, but not edit it.",
    "EDIT_SAVED": "Saved; the previous version is kept.",
    "EDIT_UNCHANGED": "Nothing was changed.",
    "OLD_BUTTON": (
        "That button belongs to an earlier question. Answer the last question, or type **back**."
    ),
    "QUICK_NEEDS_ONE": (
        "Name one student, for example **quick form 100001**. **New form** searches question by "
        "question."
    ),
    "QUICK_NO_FORMS": "You cannot add a one-card form for this student; use **new form**.",
    "QUICK_CARD": (
        "New form for **{student}**: fill in the card and choose Save. Access is the default."
    ),
    "QUICK_DESCRIPTION": "Description (not needed when fixed)",
    "QUICK_USE_CARD": (
        "Fill in the card and choose Save, or type **cancel** and use **new form** to go "
        "question by question."
    ),
    "HELP_TAIL": "Type **back** for the previous question or **cancel** to stop.",
    "UNDER_TOGGLE": "Under an existing logbook item",
    "LOOSE_FORM": "Separate form",
    "YES": "yes",
    "NO": "no",
    "L_STUDENT": "Student",
    "L_FORM": "Form",
    "L_PARENT": "Under",
    "L_DESCRIPTION": "Description",
    "L_EXPIRY": "Expiry date",
    "L_URGENT": "Urgent",
    "L_FIELDS": "Fields",
    "L_ATTACHMENT": "Attachment",
    "L_ACCESS": "Access",
    "ASK_EDIT_ID": "Which form? Type **edit** and the form's number from the logbook.",
    # What `help` says at each step of the add-form dialog (key: STEP_HELP_ + step name).
    "STEP_HELP_STUDENT": (
        "Find the student by name, class or student number. You only see students you work with."
    ),
    "STEP_HELP_FORM": "Choose the kind of form. You only see forms your role may add.",
    "STEP_HELP_PARENT": "A form can be attached under an existing logbook item of this student.",
    "STEP_HELP_DESCRIPTION": (
        "The description is the title in the logbook: say briefly what it is about."
    ),
    "STEP_HELP_EXPIRY": "After the expiry date the form is no longer shown (it is not deleted).",
    "STEP_HELP_URGENT": (
        "Urgent puts the form at the top of the logbook, with an exclamation mark."
    ),
    "STEP_HELP_FIELDS": (
        "Fill in the form's fields. Write so that parents and student may read it."
    ),
    "STEP_HELP_ATTACHMENT": "Send a file in this chat to keep it as an attachment.",
    "STEP_HELP_ACCESS": (
        "Choose which groups may read the form; those who may create it always may."
    ),
    "STEP_HELP_CARD": "Fill in the card and choose Save. To type instead, use **new form**.",
    "STEP_HELP_SUMMARY": "Save stores the form; change lets you redo a step.",
    # The logbook card and the details of one form.
    "LOGBOOK_USAGE": (
        "Which student? Type for example **logbook Jan de Vries**, **logbook 2A Jan** or "
        "**logbook 100001**. Filters at the end: **urgent**, **verzuim** (absence), a school "
        "year (**2025-2026**) or **inclusief verlopen** (expired too)."
    ),
    "NOT_FOUND": "No student found. Check the name, the class or the student number.",
    "LOGBOOK_DID_YOU_MEAN": "No student found. Did you mean…?",
    "CHOOSE": "Several students found. Which one do you mean?",
    "NO_LAST_LOGBOOK": "First open a logbook, for example **logbook Jan de Vries**.",
    "LAST_PAGE": "That was the last page of the logbook.",
    "NO_SUCH_POSITION": (
        "There is no form {position} on this page. Choose a number from 1 to {count}."
    ),
    "DETAILS_USAGE": "Which form? Type **details 1** for the first form on the page.",
    "LOGBOOK": "Logbook {name}",
    "CLASS": "Class",
    "NUMBER": "Student number",
    "MENTORS": "Mentor",
    "NONE": "none",
    "FILTERS": "Filter",
    "FILTER_URGENT": "urgent only",
    "FILTER_ABSENCE": "absence",
    "FILTER_YEAR": "school year {year}",
    "FILTER_EXPIRED": "expired included",
    "OPEN_ACTIONS": "Open absence actions",
    "RECENT": "Who is working with {name} now",
    "NOBODY_RECENT": "Nobody wrote anything you can read lately.",
    "EMPTY": "No forms found.",
    "URGENT": "Urgent",
    "WRITTEN": "{author} ({role}) · {date} · expires {expires}",
    "EXPIRED_ON": "expired on {date}",
    "MORE_CHILDREN": "+ {count} more form(s) under this item: type **details {position}**",
    "PAGE": (
        "Page {page} of {pages} · {total} item(s). Type **details <number>** to open a "
        "form{more}."
    ),
    "PAGE_MORE": " or **more** for the next {size}",
    "BUTTON_MORE": "More",
    "LOGBOOK_BUTTON_EXPORT": "Export file",
    "LOGBOOK_BUTTON_LOGBOOK": "Logbook",
    "BUTTON_EDIT": "Edit",
    "BUTTON_BACK": "Back to the logbook",
    "WRITTEN_BY": "Written by",
    "DATE": "Date",
    "UPDATED": "Last changed",
    "EXPIRES": "Expiry date",
    "ACCESS": "Access",
    "ATTACHMENTS": "Attachments",
    "CUT": "(shortened: the full text is in the export)",
    # `export <student>`, the file offer and who may receive a copy (RECIPIENTS_*).
    "EXPORT_USAGE": "Which student? Type for example **export Jan de Vries**.",
    # The export holds what its maker may read; this says what else the file holds.
    "EXPORT_LEFT_OUT": "Not in this export (you may not read them):",
    "EXPORT_LEFT_OUT_LINE": "- {count} × {form}: can be exported by {roles}",
    "EXPORT_LEFT_OUT_NOBODY": "- {count} × {form}: read by no role that may export",
    "OFFER": (
        "The file of {name} ({count} forms, expired forms and changes included) is ready as "
        "{file}. Choose **Allow** to put it in your OneDrive.\n\n{recipients}"
    ),
    "CONSENT": "Student file {name} (inspection and copy)",
    "UPLOADED": "The file is in your OneDrive. Only hand it to those who may receive a copy.",
    "UPLOAD_FAILED": "Uploading to your OneDrive failed. Try **export {number}** again shortly.",
    "DECLINED": "Fine, I did not send the file. Nothing was stored.",
    "GONE": "This file is no longer available. Ask for it again with **export**.",
    "EXPORT_BUTTON_EXPORT": "Export",
    "RECIPIENTS_UNKNOWN_AGE": (
        "Note: the date of birth is unknown. Check who may receive a copy: the parents under 16, "
        "the student from 16, the parents from 18 only with the student's consent."
    ),
    "RECIPIENTS_PARENTS": "A copy may go to the parents (the student is under 16).",
    "RECIPIENTS_STUDENT_AND_PARENTS": "A copy may go to the student and to the parents.",
    "RECIPIENTS_STUDENT": (
        "A copy may go to the student; to the parents only with the student's consent (18 or "
        "older)."
    ),
    # Absence prompts, tasks and their headlines (HEADLINE_ + RuleId name; {n}, {topic}).
    "HEADING": "{name} ({klass})",
    "LAST_DATES": "Most recent: {dates}",
    "YOUR_ACTIONS": "Your actions",
    "OTHER_ACTIONS": "Others",
    "DUE": "by {day}",
    "OVERDUE": "overdue: due {day}",
    "IF_CONCERNS": " (if there are concerns)",
    "DONE_BY": "✔ done by {name} on {at}",
    "OPEN": "open",
    "BUTTON_DONE": "Done",
    "BUTTON_REPORT": "Report in logbook",
    "PROMPT_BUTTON_LOGBOOK": "View logbook",
    "NOTE_REMINDER": "Reminder: this action is past its due date.",
    "NOTE_OVERDUE": "Still not done after a reminder ({about}).",
    "NOTE_UNDELIVERABLE": (
        "This message could not be delivered to {about}; you receive it instead."
    ),
    "DIGEST": "Arrived outside school hours: {count} messages.",
    "DIGEST_MORE": "And {count} more: type **tasks** for all of them.",
    "PROMPT_SUMMARY": "Absence signal: {name}",
    "TASK_DONE": "Done: {action} ({name}).",
    "TASK_BLOCKED": "Not yet: this must happen first: {first}",
    "TASK_NOT_FOUND": "I do not know that task.",
    "TASK_NOT_YOURS": "This task is for the {role}, not for you.",
    "TASK_USAGE": "Use: **done** <task number>, or the button on the message.",
    "NO_TASKS": "You have no open tasks.",
    "TASKS_HEADING": "Your open tasks ({count})",
    "HEADLINE_LATE": "late {n} times this school year",
    "HEADLINE_REMOVED": "sent out of class {n} times this school year",
    "HEADLINE_TRUANCY": "hours of truancy this school year: {n}",
    "HEADLINE_TRUANCY_DAYS": "{n} days of truancy in a row",
    "HEADLINE_SICK_DAYS": "sick {n} school days in a row",
    "HEADLINE_SICK_REPORTS": "{n} sick reports in a short period",
    "HEADLINE_SICK_PATTERN": "a pattern: {n} sick reports on the same weekday",
    "HEADLINE_SICK_HOURS": "more than {n} hours sick this school year",
    "HEADLINE_DUO_16_HOURS": "{n} hours of unauthorised absence within 4 school weeks (DUO)",
    "HEADLINE_UNAUTHORIZED_LEAVE": "unauthorised holiday leave (DUO report)",
    "HEADLINE_MANUAL": "signal: {topic}",
    # `signaal <student> <topic>`: a signal raised by hand.
    "SIGNAL_USAGE": (
        "Type for example **signal Jan de Vries ziektebeeld onduidelijk** or **signal Jan de "
        "Vries bijzondere afspraken**."
    ),
    "WHICH_TOPIC": "Which signal do you want to raise for {name}?",
    "RAISED": "Signal **{topic}** for {name} recorded. Tasks:\n\n{tasks}",
    "SIGNAL_NOT_ALLOWED": (
        "Only the attendance coordinator, the internal support team or a mentor of the student "
        "can raise a signal."
    ),
    "ALREADY": "This signal was already raised today for {name}.",
    # Refusals: domain error codes (domain/errors.py); values fill the braces.
    "NO_STUDENT_FOUND": "No student found.",
    "REQUEST_OF_SOMEONE_ELSE": "This save request belongs to someone else.",
    "FORM_NOT_ALLOWED": "You may not add a '{form}' for {student}.",
    "PARENT_IS_A_CHILD": (
        "Add the form under the logbook item itself, not under a form that already hangs under "
        "it."
    ),
    "ONE_PER_STUDENT": (
        "{student} already has a '{form}': there is one per student. Do you want to edit that "
        "form?"
    ),
    "ONE_PER_SCHOOL_YEAR": (
        "{student} already has a '{form}' in {year}. Edit that form instead of making a new one."
    ),
    "DESCRIPTION_MISSING": "Give a description: what is it about?",
    "DESCRIPTION_TOO_LONG": "The description is {length} characters; the maximum is {limit}.",
    "EXPIRY_IN_PAST": (
        "The expiry date {expires_on:%d-%m-%Y} is in the past. Choose today ({today:%d-%m-%Y}) "
        "or later."
    ),
    "ACCESS_LOCKED": "Access to '{form}' is fixed and cannot change.",
    "ACCESS_NOT_CHOOSABLE": "You cannot choose these groups for '{form}': {groups}.",
    "UNKNOWN_FIELDS": "'{form}' has no field {fields}.",
    "FIELDS_MISSING": "Still to fill in: {fields}.",
    "FIELD_NOT_A_CHOICE": "For '{label}' choose from: {choices}.",
    "ATTACHMENT_TOO_LARGE": (
        "'{name}' is {size:.1f} MB; attachments may be at most {limit:.1f} MB."
    ),
    "ATTACHMENT_EMPTY": "'{name}' has no content and no link.",
    "EXPORT_NOT_ALLOWED": (
        "Exporting a student file is reserved for the team leader, MT and care support."
    ),
    "EXPIRED_NOT_ALLOWED": (
        "Expired forms can only be seen by the team leader, MT and care support."
    ),
    "FIELD_REQUIRED": "Fill in '{label}'.",
    "FIELD_NOT_A_DATE": (
        "'{typed}' is not a date for '{label}'. Type for example {today:%d-%m-%Y}."
    ),
    "FIELD_NOT_A_TIME": "'{typed}' is not a time for '{label}'. Type for example 10:45.",
    "FIELD_UNKNOWN_CHOICE": "For '{label}' choose a number or one of: {choices}.",
    # Refused expiry dates: each ends with the example.
    "DATE_IN_PAST": "{day:%d-%m-%Y} is in the past. " + _EXAMPLE,
    "CAREER_END_UNKNOWN": (
        "The expected end date of {student}'s school career is not known. "
    ) + _EXAMPLE,
    "NOT_A_DATE": "'{typed}' is not a date. " + _EXAMPLE,
    "DATE_DOES_NOT_EXIST": "'{typed}' does not exist. " + _EXAMPLE,
    "DATE_NEEDS_DAY_AND_MONTH": "Name a day and a month in '{typed}'. " + _EXAMPLE,
    "DAY_DOES_NOT_EXIST": "{day:02d}-{month:02d} does not exist. " + _EXAMPLE,
    # The message action "Toevoegen aan logboek" (dialogs/message_action).
    "MESSAGE_ACTION_TITLE": "Add to logbook",
    "MESSAGE_ACTION_NO_FORMS": (
        "You cannot add a logbook form from a message: your role may not create forms with "
        "a free text. If you think this is a mistake, ask your school's application "
        "administrator."
    ),
    "MESSAGE_ACTION_UNKNOWN_COMMAND": "I do not know this action.",
    "MESSAGE_ACTION_INTRO": (
        "This message as a form in a student's logbook. Check it and choose Save."
    ),
    "MESSAGE_ACTION_L_STUDENT_TYPED": "Student (name, class or student number)",
    "MESSAGE_ACTION_NOBODY_NAMED": (
        "I recognise none of your students in the message: type the name or the student "
        "number."
    ),
    "MESSAGE_ACTION_L_EXPIRY_DEFAULT": "Expiry date (empty: the default date)",
    "MESSAGE_ACTION_FROM_MESSAGE": "From a Teams message by {author}, {when}:",
    "MESSAGE_ACTION_SOMEONE": "unknown sender",
    "MESSAGE_ACTION_CHOOSE_STUDENT": "Choose the student.",
    "MESSAGE_ACTION_PICK_STUDENT": "I found several students for '{typed}': choose one.",
    "MESSAGE_ACTION_DID_YOU_MEAN": "I found no student for '{typed}'. Do you mean one of these?",
    "MESSAGE_ACTION_CHOOSE_FORM": "Choose a form.",
    "MESSAGE_ACTION_BAD_DATE": "The expiry date '{typed}' is not a date.",
    "MESSAGE_ACTION_SAVED": (
        "Saved in the logbook of {student}: {form}. You find the form in your personal chat "
        "with LVS-bot."
    ),
    "MESSAGE_ACTION_SAVED_NO_CHAT": (
        "Saved in the logbook of {student}: {form}. Open a chat with LVS-bot to see it."
    ),
    "MESSAGE_ACTION_SAVED_HERE": "You added this form from a Teams message.",
    # The terminal chat (lvsbot chat).
    "TERMINAL_WELCOME": "You chat as {name}. Type 'help'; Ctrl-D or 'exit' stops.",
    # Refusals of the command line (bot/commands).
    "NO_STAFF_WITH_EMAIL": "No staff member with e-mail address {email}.",
    # The absence picture on the logbook card (dialogs/logbook/absence_card.py).
    "PICTURE_HEADING": "Absence this school year ({year}), per week",
    "PICTURE_ALT": (
        "Absence per week in school year {year}. Late: {late}; truancy hours: {truancy:g}; "
        "days sick: {sick}; sent out of class: {removed}; thresholds of the absence protocol "
        "reached: {marks}."
    ),
    "PICTURE_LANE_LATE": "Late: {n:g}",
    "PICTURE_LANE_TRUANCY": "Truancy hours: {n:g}",
    "PICTURE_LANE_SICK": "Sick days: {n:g}",
    "PICTURE_LANE_REMOVED": "Sent out: {n:g}",
    "PICTURE_LANE_MARKS": "Threshold reached: {n}",
    # `my students` (dialogs/my_students_*.py).
    "MY_STUDENTS_HEADING": "My students ({count})",
    "MY_STUDENTS_YEAR": (
        "School year {year}: late · truancy hours · sick days · sent out. First those with "
        "overdue actions, then those with open actions."
    ),
    "MY_STUDENTS_COUNTS": "{late} · {truancy:g} · {sick} · {removed}",
    "MY_STUDENTS_WORK": "{open} open, {overdue} overdue",
    "MY_STUDENTS_OPEN": "{open} open",
    "MY_STUDENTS_NO_WORK": "no open actions",
    "MY_STUDENTS_MORE": (
        "And {count} more students. Type **logbook** with a name for one student, or "
        "**tasks** for your actions."
    ),
    "MY_STUDENTS_NONE": "There are no students for you in this list right now.",
    "MY_STUDENTS_NOT_FOR_YOU": (
        "This list is for mentors (their mentees) and for the attendance coordinator, team "
        "leader and coordinator of student affairs (their location's students with open "
        "absence signals)."
    ),
    "MY_STUDENTS_BUTTON_LOGBOOK": "Logbook",
}

# The words staff type: commands (COMMAND_ + dialog id) and answers. Matching accepts
# the words of every language (dialogs.texts.typed_words); folded: lower case, no accents.
KEYWORDS: Final[dict[str, tuple[str, ...]]] = {
    "COMMAND_HELP": ("help", "?", "commands"),
    "COMMAND_LOGBOOK": ("logbook", "show logbook for", "show logbook"),
    "COMMAND_LOGBOOK_MORE": ("more",),
    "COMMAND_LOGBOOK_DETAILS": ("details", "detail"),
    "COMMAND_ADD_FORM": ("new form", "new entry"),
    "COMMAND_QUICK_FORM": ("quick form",),
    "COMMAND_EDIT_ENTRY": ("edit",),
    "COMMAND_EXPORT": ("export",),
    "COMMAND_TASKS": ("my tasks", "tasks"),
    "COMMAND_MY_STUDENTS": ("my students",),
    "COMMAND_TASK_DONE": ("done",),
    "COMMAND_SIGNAL": ("signal",),
    "COMMAND_ALREADY_SAVED": ("save", "finish"),
    "CANCEL": ("cancel", "quit", "stop"),
    "HELP": ("help", "?"),
    "BACK": ("back",),
    "YES": ("yes", "y", "urgent"),
    "NO": ("no", "n", "default", "ok"),
    "DEFAULT": ("default", "ok"),
    "ALL_DEFAULTS": ("all defaults",),
    "NO_ATTACHMENT": ("none", "no", "skip", "no attachment"),
    "UNDER": ("under",),
    "SAVE": ("save", "yes"),
    "CHANGE": ("change",),
    "FINISH": ("finish",),
    "FILTER_URGENT": ("urgent",),
    "FILTER_ABSENCE": ("absence",),
    "FILTER_EXPIRED": ("including expired", "with expired"),
    # Free phrasing (dialogs/understanding): PHRASES_ name a command, HINTS_ only hint at
    # one ("toon"), FILLERS carry no meaning and are never taken for a name.
    "PHRASES_ADD_FORM": (
        "new form", "new entry", "new note", "note", "add note", "add a note", "add form",
        "write", "write down", "add", "report", "fill in", "register",
    ),
    "PHRASES_CANCEL": ("cancel", "quit", "abort", "never mind", "nevermind", "forget it"),
    "PHRASES_EDIT_ENTRY": ("edit", "change", "modify", "correct", "fix", "update"),
    "PHRASES_EXPORT": ("export", "export file", "download", "copy of the file", "inspection"),
    "PHRASES_GO_ON": ("continue", "resume", "go on", "carry on", "back to the form"),
    "PHRASES_HELP": (
        "help", "commands", "what can you do", "how does this work", "how do you work",
        "instructions", "manual",
    ),
    "PHRASES_LOGBOOK": (
        "logbook", "log book", "file", "student file", "notes", "what do we know about", "who is",
        "info on", "info about", "information about", "history of",
    ),
    "PHRASES_LOGBOOK_DETAILS": ("details", "detail", "in full", "read in full"),
    "PHRASES_LOGBOOK_MORE": ("more", "next", "next page", "show more"),
    "PHRASES_MY_STUDENTS": (
        "my students", "my pupils", "my mentees", "my class", "who are my students",
    ),
    "PHRASES_QUICK_FORM": ("quick form", "quick note", "short form", "one card"),
    "PHRASES_SIGNAL": ("signal", "raise a signal", "raise signal", "flag"),
    "PHRASES_TASK_DONE": ("done", "completed", "tick off"),
    "PHRASES_TASKS": (
        "tasks", "my tasks", "task", "my actions", "actions", "what do i need to do",
        "what should i do", "what do i have to do", "todo", "to do", "to-do", "open actions",
        "worklist",
    ),
    "HINTS_ADD_FORM": ("form",),
    "HINTS_GREETING": ("hello", "hi", "hey", "good morning", "good afternoon", "morning"),
    "HINTS_LOGBOOK": ("show", "view", "see", "look up", "find", "read", "open", "check"),
    "HINTS_QUICK_FORM": ("quick",),
    "SIGNAL_TOPICS": ("ziektebeeld onduidelijk", "bijzondere afspraken"),
    "FILLERS": (
        "a", "about", "all", "also", "an", "and", "any", "are", "at", "can", "could", "do",
        "does", "for", "get", "give", "her", "here", "hi", "his", "i", "in", "is", "it", "its",
        "just", "kindly", "know", "let", "like", "me", "my", "no", "now", "of", "ok", "okay",
        "on", "or", "please", "pls", "pupil", "see", "some", "student", "students", "tell",
        "thank", "thanks", "that", "the", "their", "then", "there", "these", "this", "those",
        "to", "up", "us", "want", "we", "what", "will", "with", "would", "yes", "you",
    ),
}
