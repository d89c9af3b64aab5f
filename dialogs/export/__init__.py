"""`export <student>`: the student's whole file, offered as a file in the personal chat."""
