"""Use cases over the logbook, for the dialogs and the CLI.

Each takes a UnitOfWork and explicit inputs (who, when), checks domain.access, writes its
audit event in the same transaction, and returns plain frozen values. Refusals raise a
domain.errors.Refused subclass whose `.message` is Dutch text ready to show:
NotFound (unknown or invisible: never told apart), NotAllowed, Invalid.

- find_students(viewer, text, uow) -> StudentSearch(matches, closest)
- students_named_in(viewer, message, uow, names) -> NamedStudents(students, the_one): the
  same matching, for every name anywhere in a message (the message action)
- write_entry(NewEntry(...), author, uow, now) -> Entry; a repeated request_key returns the
  first entry. Expiry typed by staff: domain.expiry.parse_expiry(text, today, student, form).
- edit_entry(entry_id, EntryChanges(...), editor, uow, now) -> Entry (keeps a Revision)
- read_logbook(viewer, number, LogbookFilters(...), page, uow, now) -> LogbookView
  (NO_LOGBOOK for an unknown or unrelated student); read_logbook_of(viewer, student, ...)
  the same for a Student this turn already found (involvement re-checked, audited)
- entry_details(viewer, entry_id, uow, now) -> EntryDetails | None
- export_file(viewer, number, uow, now) -> ExportDocument | None (HTML, recipients)
"""
