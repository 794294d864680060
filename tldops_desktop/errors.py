"""The two kinds of failure: the world is wrong (UserError) or we are (any other exception)."""

from __future__ import annotations


class TldopsError(Exception):
    """Base of every error this package raises on purpose."""


class UserError(TldopsError):
    """An expected failure with a message a responder can act on.

    ``code`` is a stable identifier (for the GUI to choose a dialog, for tests to match);
    ``str(error)`` is the message shown to the user. Messages never contain secrets.
    """

    def __init__(self, message: str, *, code: str = "error", hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.hint = hint

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class WrongKeyError(UserError):
    """The database could not be opened with the key or passphrase given."""


class NoKeyError(UserError):
    """No key could be obtained: no keyring, no passphrase, no terminal."""


class DatabaseBusyError(UserError):
    """Another process holds the database."""


class NotFoundError(UserError):
    """A member, edition or file the user named does not exist."""


class Cancelled(TldopsError):
    """The user cancelled a long task (a scan); nothing unfinished was written."""
