"""Free phrasing understood: which command a message asks for, and the words left for it.

Deterministic and explainable, no language service (staff messages contain student data):
command words and phrases per language (the keyword catalogues in dialogs/texts/) are
found anywhere in the sentence, with small typos forgiven (domain/typos.py); students are
found by the name index (domain/student_names.py). Free of SDK types: cheap to test.
"""
