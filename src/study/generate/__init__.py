"""Generation: outline → questions (blanks, cards, exercises, distractors)."""
