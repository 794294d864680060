"""The encrypted store (SQLCipher): key handling, schema migrations, the edition repository.

All SQL of the application lives here. No Qt.
"""
