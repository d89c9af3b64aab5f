"""`mijn leerlingen`: one card with the students this person looks after."""
