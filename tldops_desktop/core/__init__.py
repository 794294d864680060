"""The domain: editions, members, contacts, ccTLD labels, search terms and edition changes.

No Qt and no I/O here.
"""
