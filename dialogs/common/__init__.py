"""What every dialog shares: the cancel/back/help base, the answer prompt, cards and
Adaptive Card elements, the turn's context, command matching, student lookup."""
