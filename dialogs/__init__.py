"""Conversations: the waterfall dialogs and the cards staff see. Bot Framework types live here
and in bot/, nowhere else."""
