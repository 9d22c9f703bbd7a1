"""Finding contacts that are probably the same person, and merging them when the user says so.

Nothing here merges on its own: `candidates.duplicate_candidates` suggests pairs with reasons and a
score, `merge.contact_merge` merges one pair on request, and a dismissal keeps a pair from being
suggested again.
"""
