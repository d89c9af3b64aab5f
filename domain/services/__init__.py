"""Use cases over the logbook: each takes a UnitOfWork and explicit inputs (who, when),
checks domain.access, writes its audit event in the same transaction and returns plain
values a dialog can show. Refusals are domain.errors exceptions with a Dutch message."""
