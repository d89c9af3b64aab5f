"""`bewerk <form>`: changing a form, with the add-form's questions."""
