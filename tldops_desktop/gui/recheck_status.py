"""The status bar's account of the re-check of the remembered mailboxes: under way, what it
found and when, or why it could not run. Problems are said here, never in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QTime

from tldops_desktop.errors import UserError
from tldops_desktop.gui.colours import set_warning_text
from tldops_desktop.gui.dialogs.crash import headline
from tldops_desktop.gui.elided_label import ElidedLabel
from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.recheck import RecheckOutcome
from tldops_desktop.paths import shown_path


class RecheckStatus(ElidedLabel):
    def __init__(self, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self._clock = clock
        self.setObjectName("recheck-status")
        self.setAccessibleDescription(self.tr("Check for new editions"))  # its text the name
        self.setContentsMargins(6, 0, 6, 0)

    def say(self, text: str, *, warning: bool = False, tip: str = "") -> None:
        self.setText(text)
        self.setToolTip(tip or text)
        set_warning_text(self, warning)

    def say_error(self, error: UserError) -> None:
        """An expected error: the app's translated line for it, its (English) details in the
        tip."""
        summary = headline(error.code) or error.message
        self.say(summary, warning=True, tip=f"{summary}\n\n{error.message}")

    def could_not_check(self, reason: str | UserError) -> None:
        """``reason``: an expected error leads with the app's translated line for it, its
        (English) details in the tip."""
        details = ""
        if isinstance(reason, UserError):
            details = reason.message
            reason = headline(reason.code) or reason.message
        text = self.tr("Could not check the mailboxes for new editions: %1").replace("%1", reason)
        more = details not in ("", reason)
        self.say(text, warning=True, tip=f"{text}\n\n{details}" if more else "")

    def checking(self, count: int) -> None:
        if count == 1:
            text = self.tr("Checking the remembered mailbox for new editions…")
        else:
            text = self.tr("Checking %1 remembered mailboxes for new editions…")
        self.say(text.replace("%1", QLocale().toString(count)))

    def read_only(self) -> None:
        self.say(self.tr("Read only: new editions cannot be stored in this data folder."))

    def no_mailbox(self) -> None:
        self.say(
            self.tr(
                "No remembered mailbox to check: use File > Find my mail… to pick the "
                "one where the monthly email arrives."
            )
        )

    def stored_elsewhere(self, stamp: str) -> None:
        """Another process stored a new current edition, which the window now shows."""
        self.say(
            self.tr("A new edition was stored elsewhere: now showing edition %1.").replace(
                "%1", ltr(stamp)
            )
        )

    def crashed(self) -> None:
        self.say(self.tr("The check for new editions failed: see the crash report."), warning=True)

    def finished(self, outcome: RecheckOutcome, *, elsewhere: bool) -> None:
        """What a check that ran found; ``elsewhere``: the current edition changed during it,
        not through it."""
        report = outcome.report
        at = self._checked_at()
        new = outcome.new_edition
        if outcome.error:
            self.could_not_check(UserError(outcome.error, code=outcome.error_code))
        elif outcome.unreadable:
            self._unreadable(outcome.unreadable)
        elif new is not None:
            self.say(
                self.tr("Mailboxes checked at %1: edition %2 imported.")
                .replace("%1", at)
                .replace("%2", new)
            )
        elif report.imported:
            older = (
                self.tr("Mailboxes checked at %1: older edition imported: %2.")
                if len(report.imported) == 1
                else self.tr("Mailboxes checked at %1: older editions imported: %2.")
            )
            self.say(older.replace("%1", at).replace("%2", ", ".join(report.imported)))
        elif elsewhere:  # "no new edition" would read as "nothing newer exists"
            self.say(
                self.tr(
                    "Mailboxes checked at %1: nothing new in them. Edition %2, stored "
                    "elsewhere, is shown."
                )
                .replace("%1", at)
                .replace("%2", ltr(str(outcome.current)))
            )
        else:
            self.say(self.tr("Mailboxes checked at %1: no new edition.").replace("%1", at))

    def _checked_at(self) -> str:
        now = self._clock().astimezone()
        text: str = QLocale().toString(
            QTime(now.hour, now.minute, now.second), QLocale.FormatType.ShortFormat
        )
        return text

    def _unreadable(self, problems: list[dict[str, Any]]) -> None:
        # The import report's words for them (imported only now: never at start-up).
        from tldops_desktop.gui.dialogs.report import problem_line, problem_text

        first = problems[0]
        where = shown_path(str(first.get("source", "")))
        reason = problem_text(str(first.get("code") or "")) or shown_path(
            str(first.get("detail") or "")
        )
        if len(problems) == 1:
            text = self.tr("Could not read the remembered mailbox %1 (%2).")
        else:
            text = self.tr("Could not read %3 remembered mailboxes, among them %1 (%2).")
        text = (
            text.replace("%1", where)
            .replace("%2", reason)
            .replace("%3", QLocale().toString(len(problems)))
        )
        tip = "\n".join(
            f"{shown_path(str(p.get('source', '')))}: {problem_line(p)}" for p in problems
        )
        tip += "\n\n" + self.tr(
            "Check that the mailbox is still there, or stop checking it in File > Find my mail…"
        )
        self.say(text, warning=True, tip=tip)
