"""`logboek <student>`, `meer`, `details <n>`: reading a student's logbook."""
