"""The database key: a random 256-bit key in the OS keyring, or a passphrase.

The raw key is used as SQLCipher's raw key (no KDF wait at start-up). A passphrase goes
through SQLCipher's own KDF. Which one a database uses is written, without any secret, in
``keyinfo.json`` beside it. Secrets never reach a log, an exception message or a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sys
import threading
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import InitVar, dataclass, field
from pathlib import Path
from typing import Any, Literal

from tldops_desktop.errors import NoKeyError, UserError
from tldops_desktop.fileio import atomic_write
from tldops_desktop.paths import KEYINFO_NAME

KEYRING_SERVICE = "tldops-desktop"
PASSPHRASE_ENV = "TLDOPS_PASSPHRASE"
PASSPHRASE_FILE_ENV = "TLDOPS_PASSPHRASE_FILE"
KEYINFO_VERSION = 1
# A new passphrase is at least this long: one of a few characters falls to a guess quickly,
# and a stolen laptop gives an attacker all the time they need.
MIN_PASSPHRASE_LENGTH = 8
# Tries at a passphrase typed in the terminal, as sudo and gpg allow: a typo costs a retry,
# not a new start of the command.
PASSPHRASE_TRIES = 3

KeyMode = Literal["keyring", "passphrase"]
# A key kept in the keyring: 256 random bits in hex (``key_for_new``), as SQLCipher takes a
# raw key (x'...'), possibly with its 128-bit salt after it.
_RAW_KEY = re.compile(r"[0-9a-fA-F]{64}(?:[0-9a-fA-F]{32})?")


@dataclass(frozen=True, slots=True)
class DatabaseKey:
    """What unlocks a database. ``repr`` never shows the secret.

    A passphrase is kept in Unicode's composed form (NFC): "é" typed as one character or as
    "e" and a combining accent (NFD, as macOS input methods may give it) is one passphrase.
    ``as_typed`` keeps the text as given when it differs: earlier versions keyed a database
    with it, and such a database still opens with it (``forms``).
    """

    mode: KeyMode
    secret: str = field(repr=False)
    typed: bool = field(default=False, compare=False)  # at the prompt: a retry may be asked
    as_typed: str | None = field(default=None, init=False, repr=False, compare=False)
    compose: InitVar[bool] = True  # False only for ``forms``' second one

    def __post_init__(self, compose: bool) -> None:
        if compose and self.mode == "passphrase":
            composed = unicodedata.normalize("NFC", self.secret)
            if composed != self.secret:
                object.__setattr__(self, "as_typed", self.secret)
                object.__setattr__(self, "secret", composed)

    def forms(self) -> tuple[DatabaseKey, ...]:
        """This key, then the passphrase as typed where that differs (to try in turn)."""
        if self.as_typed is None:
            return (self,)
        return (self, DatabaseKey(self.mode, self.as_typed, typed=self.typed, compose=False))

    def pragma(self) -> str:
        """The ``PRAGMA key`` statement (it takes no bound parameter)."""
        if self.mode == "keyring":
            int(self.secret, 16)  # only hex digits ever reach the statement
            return f"PRAGMA key = \"x'{self.secret}'\""
        return "PRAGMA key = '" + self.secret.replace("'", "''") + "'"

    def __str__(self) -> str:
        return f"DatabaseKey({self.mode})"


@dataclass(frozen=True, slots=True)
class KeyInfo:
    mode: KeyMode
    keyring_user: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"version": KEYINFO_VERSION, "mode": self.mode, "keyring_user": self.keyring_user}


def read_keyinfo(data_dir: Path) -> KeyInfo | None:
    path = data_dir / KEYINFO_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except PermissionError as exc:
        from tldops_desktop.storage.db import not_readable_error  # (db imports this module)

        raise not_readable_error(exc, path, data_dir) from None
    except (OSError, ValueError) as exc:
        raise UserError(
            f"The key information file {path} cannot be read ({exc}). {_KEYINFO_WAY_BACK}",
            code="keyinfo-unreadable",
        ) from None
    mode = raw.get("mode") if isinstance(raw, dict) else None  # (damage may leave "[]")
    user = raw.get("keyring_user", "") if isinstance(raw, dict) else ""
    # (a keyring entry named by nothing, or by no text, is damage: not a key the keyring lost)
    if mode not in ("keyring", "passphrase") or (
        mode == "keyring" and not (isinstance(user, str) and user.strip())
    ):
        raise UserError(
            f"The key information file {path} is not valid. {_KEYINFO_WAY_BACK}",
            code="keyinfo-invalid",
        )
    return KeyInfo(mode, str(user))


# The file holds no secret, only which kind of key opens the database: without it the key
# is found as for a database copied alone (``existing_key_info``), and the file written anew.
_KEYINFO_WAY_BACK = (
    "Move it aside (it holds no key) and try again: the database then opens with the key "
    "the system keyring holds for this folder, or else asks for its passphrase."
)


def _keyinfo_bytes(info: KeyInfo, data_dir: Path) -> bytes:
    data = info.to_json()
    first = _next_backup_number(data_dir)
    if first is not None:
        # The backups taken from now on are under this key: they carry this number or a
        # later one. (Times would not tell: a clock set back names a later backup earlier.)
        data[FIRST_BACKUP] = first
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")


FIRST_BACKUP = "first_backup"


def _next_backup_number(data_dir: Path) -> int | None:
    from tldops_desktop.storage.backup import next_backup_number  # (it imports this module)

    try:
        return next_backup_number(data_dir)
    except (OSError, UserError):  # backups that cannot be listed: none is said to be under it
        return None


def first_backup_under_key(data_dir: Path) -> int | None:
    """The number of the first backup taken since ``keyinfo.json`` was written (the key last
    set); None where the file does not say (written before it did, or unreadable)."""
    try:
        raw = json.loads((data_dir / KEYINFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = raw.get(FIRST_BACKUP) if isinstance(raw, dict) else None
    return value if type(value) is int and value > 0 else None


def write_keyinfo(data_dir: Path, info: KeyInfo) -> None:
    atomic_write(data_dir / KEYINFO_NAME, _keyinfo_bytes(info, data_dir))


def restore_missing_keyinfo(data_dir: Path, info: KeyInfo) -> bool:
    """Write ``keyinfo.json`` only where there is none (never over one); True if written.

    Best effort: a folder that cannot be written keeps working without it.
    """
    data = _keyinfo_bytes(info, data_dir)
    try:
        fd = os.open(data_dir / KEYINFO_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return False
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    return True


def same_passphrase(first: str, second: str) -> bool:
    """Are two passphrases typed the same, whichever Unicode form each came in (NFC, NFD)?"""
    return unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second)


def passphrase_length(passphrase: str) -> int:
    """The characters of a passphrase as one sees them: "é" typed as "e" and a combining
    accent (NFD) is one, as it is kept (NFC)."""
    return len(unicodedata.normalize("NFC", passphrase))


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase that is empty or shorter than ``MIN_PASSPHRASE_LENGTH``."""
    if not passphrase:
        raise UserError("An empty passphrase is not allowed.", code="passphrase-empty")
    if passphrase_length(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UserError(
            f"A new passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters (a few "
            "words are easy to remember and hard to guess). Nothing was changed.",
            code="passphrase-too-short",
        )


class KeyringUnavailable(Exception):
    """No secure keyring backend works here (no desktop session, locked, refused)."""


class KeyringTimeout(KeyringUnavailable):
    """The keyring did not answer in time (an unlock prompt nobody answers, a locked Secret
    Service on a session without a desktop)."""


# Seconds a keyring call may take: time to type a wallet's password at its unlock prompt
# (KWallet, a keyring left locked by an automatic login), and no more: a prompt nobody will
# answer would hang the app and every command for ever, and a responder needs the contacts
# now (the app offers to stop waiting sooner).
KEYRING_TIMEOUT = 10.0
# Seconds after which a wait for the keyring is said, with what is waited for: the usual
# answer comes well before.
KEYRING_NOTICE = 1.0

# How a keyring call is waited for: until the thread asking ends, or ``timeout`` seconds have
# passed, or the user stops waiting (the app's window); the thread may still be running then.
KeyringWait = Callable[[threading.Thread, float], None]


def join_wait(worker: threading.Thread, timeout: float) -> None:
    worker.join(timeout)


def join_saying(say: Callable[[], None], after: float = KEYRING_NOTICE) -> KeyringWait:
    """A ``KeyringWait`` that calls ``say`` once when the keyring has not answered within
    ``after`` seconds (the command's line on standard error), then waits on."""

    def wait(worker: threading.Thread, timeout: float) -> None:
        worker.join(min(after, timeout))
        if worker.is_alive() and timeout > after:
            say()
            worker.join(timeout - after)

    return wait


@dataclass
class Keyring:
    """The OS keyring through ``keyring``; refuses plaintext and fail backends.

    Every call is bounded by ``timeout`` seconds, in a daemon thread (a backend that never
    answers cannot be interrupted, only left behind), waited for by ``wait``; once one has
    timed out, the keyring is not asked again by this object (a new one asks again: the key
    kept there is never given up for it).
    """

    timeout: float = KEYRING_TIMEOUT
    wait: KeyringWait = field(default=join_wait, repr=False, compare=False)
    _hung: bool = field(default=False, init=False, repr=False)

    def _backend(self) -> Any:
        try:
            import keyring
            from keyring.backends import fail
        except ImportError as exc:  # pragma: no cover - a dependency
            raise KeyringUnavailable("keyring is not installed") from exc
        backend = keyring.get_keyring()
        module = type(backend).__module__
        if isinstance(backend, fail.Keyring) or module.startswith(
            ("keyrings.alt", "keyring.backends.null")
        ):
            raise KeyringUnavailable(type(backend).__name__)
        if hasattr(backend, "backends") and not backend.backends:
            raise KeyringUnavailable("no keyring backend")
        return backend

    def _call(self, method: str, *args: str) -> Any:
        """``method`` of the backend, in a daemon thread, for ``timeout`` seconds at most."""
        if self._hung:
            raise KeyringTimeout(f"no answer in {self.timeout:g} s")
        outcome: list[tuple[bool, Any]] = []

        def call() -> None:
            try:
                outcome.append((True, getattr(self._backend(), method)(KEYRING_SERVICE, *args)))
            except BaseException as exc:  # handed over to the caller's thread
                outcome.append((False, exc))

        worker = threading.Thread(target=call, name="tldops-keyring", daemon=True)
        worker.start()
        self.wait(worker, self.timeout)
        if not outcome:
            self._hung = True
            raise KeyringTimeout(f"no answer in {self.timeout:g} s")
        done, value = outcome[0]
        if done:
            return value
        if isinstance(value, KeyringUnavailable):
            raise value
        if not isinstance(value, Exception):
            raise value
        # keyring backends raise many kinds: all mean "not here"
        raise KeyringUnavailable(type(value).__name__) from None

    def get(self, user: str) -> str | None:
        return self._call("get_password", user)  # type: ignore[no-any-return]

    def set(self, user: str, secret: str) -> None:
        self._call("set_password", user, secret)

    def delete(self, user: str) -> None:
        try:
            self._call("delete_password", user)
        except KeyringUnavailable:  # already gone, or no keyring: nothing to remove either way
            return


def keyring_user_for(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"database-{digest}"


def unused_keyring_user(data_dir: Path, keyring: Keyring) -> str:
    """The keyring entry for a new key of ``data_dir``: ``keyring_user_for`` unless that
    entry is taken, by the folder that was here before and was set aside (``start-over``)
    or moved: its key is never written over (``keyinfo.json`` records the name chosen).
    ``KeyringUnavailable`` when the keyring cannot be asked."""
    base = user = keyring_user_for(data_dir)
    while keyring.get(user) is not None:
        user = f"{base}-{secrets.token_hex(4)}"
    return user


def existing_key_info(data_dir: Path, keyring: Keyring) -> tuple[KeyInfo, bool]:
    """How the database in ``data_dir`` is keyed, and whether ``keyinfo.json`` said so.

    Without ``keyinfo.json`` (only ``tldops.db`` was copied, say), a key the keyring holds
    for this folder means the keyring; otherwise it can only be a passphrase, so one is asked
    for rather than declaring the keyring's key lost.
    """
    info = read_keyinfo(data_dir)
    if info is not None:
        return info, True
    user = keyring_user_for(data_dir)
    try:
        held = keyring.get(user) is not None
    except KeyringUnavailable:
        held = False
    return (KeyInfo("keyring", user) if held else KeyInfo("passphrase")), False


PassphrasePrompt = Callable[[str, bool], str | None]
# No passphrase is longer: a file that is (/dev/zero, a log named by mistake) is not read on.
PASSPHRASE_FILE_MAX = 64 * 1024


def _passphrase_text(file: Path, data: bytes) -> str:
    if len(data) > PASSPHRASE_FILE_MAX:
        raise UserError(
            f"The passphrase file {file} is too long (over {PASSPHRASE_FILE_MAX // 1024} KiB) "
            "to hold a passphrase: is it the right file?",
            code="passphrase-file-unreadable",
        )
    return data.decode("utf-8-sig")


def _utf8(text: str, refusal: str) -> str:
    """``text``, unless it holds bytes that are not UTF-8 (Python gives them as lone
    surrogates: an environment variable or a terminal in another encoding): no key holds them.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(refusal + " Nothing was changed.", code="passphrase-not-text") from None
    return text


def terminal_prompt(message: str, confirm: bool) -> str | None:
    """Ask on the terminal; None when there is no terminal to ask on."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return None
    import getpass

    try:
        for _attempt in range(PASSPHRASE_TRIES):
            first = getpass.getpass(message)
            if not confirm or same_passphrase(getpass.getpass("Repeat the passphrase: "), first):
                return first
            message = "The two passphrases differ. Choose a passphrase again: "
    except EOFError:  # Ctrl+D at the prompt
        sys.stderr.write("\n")  # (getpass leaves the cursor after the prompt)
        raise NoKeyError(
            "No passphrase was typed (end of input). Nothing was changed.", code="no-passphrase"
        ) from None
    raise UserError("The two passphrases differ. Nothing was created.", code="passphrase-mismatch")


@dataclass
class KeySource:
    """Where a passphrase or a keyring key comes from, in the order restic and borg use."""

    passphrase_file: Path | None = None
    passphrase: str | None = field(default=None, repr=False)  # given by a GUI dialog
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)
    prompt: PassphrasePrompt | None = terminal_prompt
    keyring: Keyring = field(default_factory=Keyring)
    prefer_passphrase: bool = False
    _stdin_text: str | None = field(default=None, repr=False, init=False)

    def explicit_passphrase(self) -> str | None:
        """The passphrase given: by a dialog, ``--passphrase-file`` (an option on the command
        line wins over the environment), ``TLDOPS_PASSPHRASE``, ``TLDOPS_PASSPHRASE_FILE``."""
        if self.passphrase is not None:
            return self.passphrase
        file = self.passphrase_file
        if file is None and self.env.get(PASSPHRASE_ENV):
            return _utf8(
                self.env[PASSPHRASE_ENV],
                f"{PASSPHRASE_ENV} is not UTF-8 text (was it set in another encoding?): set "
                "it again in UTF-8, or use --passphrase-file.",
            )
        if file is None and self.env.get(PASSPHRASE_FILE_ENV):
            file = Path(self.env[PASSPHRASE_FILE_ENV])
        if file is not None:
            try:
                # (without the byte order mark Notepad and PowerShell 5 write first; "-" is
                # standard input, for a secret manager's pipe)
                text = self._read_passphrase_file(file)
            except OSError as exc:
                raise UserError(
                    f"The passphrase file {file} cannot be read: {exc.strerror or exc}.",
                    code="passphrase-file-unreadable",
                ) from None
            except UnicodeDecodeError:
                raise UserError(
                    f"The passphrase file {file} is not UTF-8 text.",
                    code="passphrase-file-unreadable",
                ) from None
            if "\0" in text:  # UTF-16 saved without its byte order mark, or not text at all
                raise UserError(
                    f"The passphrase file {file} is not UTF-8 text (it holds NUL characters: "
                    "UTF-16, perhaps). Save it as UTF-8 and try again.",
                    code="passphrase-file-unreadable",
                )
            passphrase = text.rstrip("\r\n")
            if not passphrase:
                raise UserError(f"The passphrase file {file} is empty.", code="passphrase-empty")
            return passphrase
        return None

    def _read_passphrase_file(self, file: Path) -> str:
        if str(file) != "-":
            with file.open("rb") as handle:
                return _passphrase_text(file, handle.read(PASSPHRASE_FILE_MAX + 1))
        if self._stdin_text is None:  # standard input is read once, however often asked
            self._stdin_text = _passphrase_text(
                file, sys.stdin.buffer.read(PASSPHRASE_FILE_MAX + 1)
            )
        return self._stdin_text

    def _ask(self, message: str, *, confirm: bool) -> tuple[str | None, bool]:
        """A passphrase, and whether it was typed at the prompt (rather than given)."""
        explicit = self.explicit_passphrase()
        if explicit is not None:
            return explicit, False
        if self.prompt is None:
            return None, False
        answer = self.prompt(message, confirm)
        if answer is not None and not answer:
            raise UserError("An empty passphrase is not allowed.", code="passphrase-empty")
        if answer is not None:
            _utf8(
                answer,
                "The passphrase typed is not UTF-8 text (the terminal's encoding is not "
                "UTF-8?): set the terminal to UTF-8, or use --passphrase-file.",
            )
        return answer, answer is not None

    def key_for_existing(
        self, data_dir: Path, info: KeyInfo, *, marked: bool = True, retry: bool = False
    ) -> DatabaseKey:
        """The key of an existing database; ``marked`` False when ``keyinfo.json`` is missing
        and ``info`` was inferred (see ``existing_key_info``); ``retry`` when the passphrase
        typed before did not open it."""
        if info.mode == "keyring":
            try:
                secret = self.keyring.get(info.keyring_user)
            except KeyringUnavailable as exc:
                state = (
                    f"which did not answer within {self.keyring.timeout:g} seconds (an unlock "
                    "prompt nobody answered, or a keyring locked in a session without a "
                    "desktop)"
                    if isinstance(exc, KeyringTimeout)
                    else "which is not available now"
                )
                raise NoKeyError(
                    f"The database key is kept in the system keyring, {state}. Unlock your "
                    "desktop session's keyring and try again. Or start again from your "
                    f"mailbox: {_FRESH_START} The database in {data_dir} is kept untouched.",
                    code="keyring-unavailable",
                ) from None
            if secret is None:
                raise NoKeyError(
                    "The system keyring no longer holds the key of this database, so it "
                    "cannot be opened (if you restored the keyring from a backup, the key may "
                    f"come back with it). To carry on, start again from your mailbox: "
                    f"{_FRESH_START} The database in {data_dir} is kept untouched.",
                    code="keyring-key-missing",
                )
            if not (isinstance(secret, str) and _RAW_KEY.fullmatch(secret)):  # changed elsewhere
                raise NoKeyError(
                    "The system keyring holds something else than the key of this database "
                    "under its name (another program or a keyring tool may have changed it), "
                    "so it cannot be opened (if you restored the keyring from a backup, the "
                    f"key may come back with it). To carry on, start again from your mailbox: "
                    f"{_FRESH_START} The database in {data_dir} is kept untouched.",
                    code="keyring-key-missing",
                )
            return DatabaseKey("keyring", secret)
        question = (
            "That passphrase does not open the database. Try again: "
            if retry
            else "Passphrase of the TLD-OPS database: "
        )
        passphrase, typed = self._ask(question, confirm=False)
        if passphrase is None:
            if not marked:
                raise NoKeyError(
                    f"The file {data_dir / KEYINFO_NAME}, which says how the database is "
                    "protected, is missing, and the system keyring holds no key for it: it "
                    f"opens only with its passphrase. {_NO_PASSPHRASE_HOW}",
                    code="no-passphrase",
                )
            raise NoKeyError(_NO_PASSPHRASE, code="no-passphrase")
        return DatabaseKey("passphrase", passphrase, typed=typed)

    def key_for_new(self, data_dir: Path) -> tuple[DatabaseKey, KeyInfo]:
        """A key for a new database: the keyring when it works, else a passphrase."""
        explicit = self.explicit_passphrase()
        if explicit is not None:
            check_new_passphrase(explicit)
            return DatabaseKey("passphrase", explicit), KeyInfo("passphrase")
        question = "No system keyring is available. Choose a passphrase for the TLD-OPS database: "
        if not self.prefer_passphrase:
            secret = secrets.token_hex(32)
            try:
                user = unused_keyring_user(data_dir, self.keyring)
                self.keyring.set(user, secret)
                if self.keyring.get(user) == secret:
                    return DatabaseKey("keyring", secret), KeyInfo("keyring", user)
            except KeyringTimeout:  # a passphrase instead, saying why
                question = (
                    f"The system keyring did not answer within {self.keyring.timeout:g} "
                    "seconds. Choose a passphrase for the TLD-OPS database: "
                )
            except KeyringUnavailable:
                pass  # no usable keyring here: a passphrase instead
        attempt = 1
        while True:
            passphrase, typed = self._ask(question, confirm=True)
            if passphrase is None:
                raise NoKeyError(_NO_PASSPHRASE, code="no-passphrase")
            try:
                check_new_passphrase(passphrase)
            except UserError as exc:
                if not typed or attempt == PASSPHRASE_TRIES:
                    raise
                attempt += 1
                question = f"{exc.message.removesuffix(' Nothing was changed.')} Choose again: "
                continue
            return DatabaseKey("passphrase", passphrase, typed=typed), KeyInfo("passphrase")


_FRESH_START = (
    "run tldops start-over, which keeps this data folder whole under a new name and starts a "
    "new data folder in its place with your remembered mailboxes and the list's identity, then "
    "tldops import to import the repository emails again (protected by a passphrase instead "
    "of the keyring if you wish: set TLDOPS_PASSPHRASE or use --passphrase-file)."
)
_NO_PASSPHRASE_HOW = (
    "Set TLDOPS_PASSPHRASE, or TLDOPS_PASSPHRASE_FILE / --passphrase-file to a file holding "
    "the passphrase, or run the command in a terminal to be asked for it."
)
_NO_PASSPHRASE = (
    "No key for the database: no system keyring is available and no passphrase was given. "
    + _NO_PASSPHRASE_HOW
)
