"""The ask: who in my network can help with this problem, and who is still missing (P5-P7)."""
