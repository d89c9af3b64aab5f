"""The message action "Toevoegen aan logboek": a Teams message becomes a logbook form.

    fetchTask (the message) ─▶ task module: student, form, description, text (prefilled)
    submitAction ─▶ write_entry (as the add-form dialog) ─▶ "saved" in the task module,
                    the form's details in the user's personal chat (never the group)
              └──▶ refused: the task module again, filled in, with the reason
"""
