"""Reading mailboxes: finding repository editions among ordinary mail, and parsing them.

No Qt here.
"""
