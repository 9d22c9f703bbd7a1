"""Taking a network out of nettverk: vCard for address books, CSV for spreadsheets, and the JSON
backup that `nettverk import` restores (`backup.py`). Every export holds one owner's data only.
"""
