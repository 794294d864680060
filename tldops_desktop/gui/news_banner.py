"""The banner above the contacts that says what the last re-check of the mailboxes brought:
a new edition and what changed in it, and editions not sent through the list that were
ignored, to review. Dismissable; it keeps where the ignored editions were found."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core.diff import EditionDiff
from tldops_desktop.gui.recheck import RecheckOutcome

# The banner is light in every theme: its flat dismiss button takes the banner's dark text
# colour too (the theme's, light in a dark one, left it unseen), and a focus ring of its own.
NEWS_STYLE = (
    "QFrame#news-banner { background-color: #dbeafe; border: 1px solid #1d4ed8; "
    "border-radius: 4px; } QFrame#news-banner QLabel { color: #0b1f44; }"
    "QFrame#news-banner QToolButton { color: #0b1f44; background: transparent; "
    "border: 2px solid transparent; border-radius: 3px; padding: 1px 4px; }"
    "QFrame#news-banner QToolButton:hover { background-color: #bfdbfe; }"
    "QFrame#news-banner QToolButton:focus { border-color: #1d4ed8; }"
)


class NewsBanner(QWidget):
    changes_requested = Signal()  # what changed between the two latest editions
    review_requested = Signal()  # the import flow on where the ignored editions were found

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._review_paths: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        self.frame = QFrame()
        self.frame.setObjectName("news-banner")
        self.frame.setStyleSheet(NEWS_STYLE)
        self.frame.setAccessibleName(self.tr("New editions"))
        outer.addWidget(self.frame)
        frame = QHBoxLayout(self.frame)
        frame.setContentsMargins(10, 6, 6, 6)
        rows = QVBoxLayout()
        rows.setSpacing(4)
        frame.addLayout(rows, 1)

        self.news_label = QLabel()
        self.news_label.setObjectName("news-label")
        self.news_label.setWordWrap(True)
        self.news_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.news_label.font()
        font.setBold(True)
        self.news_label.setFont(font)
        self.changes_button = QPushButton(self.tr("Show changes"))
        self.changes_button.setObjectName("news-show-changes")
        self.changes_button.setToolTip(self.tr("What changed between the two latest editions"))
        self.changes_button.clicked.connect(self.changes_requested)
        new_row = QHBoxLayout()
        new_row.addWidget(self.news_label, 1)
        new_row.addWidget(self.changes_button)
        rows.addLayout(new_row)

        self.untrusted_label = QLabel()
        self.untrusted_label.setObjectName("news-untrusted")
        self.untrusted_label.setWordWrap(True)
        self.untrusted_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setObjectName("news-review")
        self.review_button.setToolTip(
            self.tr(
                "Open the import on the mailboxes where they were found: see who sent them, "
                "and import them only if you trust them"
            )
        )
        self.review_button.clicked.connect(self.review_requested)
        untrusted_row = QHBoxLayout()
        untrusted_row.addWidget(self.untrusted_label, 1)
        untrusted_row.addWidget(self.review_button)
        rows.addLayout(untrusted_row)

        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("news-dismiss")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        frame.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def announce(
        self, outcome: RecheckOutcome, diff: EditionDiff | None, *, two_editions: bool
    ) -> None:
        """The new edition and what changed (``diff``, when it is the new edition's); editions
        ignored, to review. Nothing to say: the banner stays as it is."""
        new = outcome.new_edition
        ignored = outcome.ignored_untrusted
        if new is None and not ignored:
            return
        if new is not None:
            if diff is not None and diff.new_stamp == new:
                text = (
                    self.tr("New contacts: edition %1, %2")
                    .replace("%1", new)
                    .replace("%2", self._changed_text(diff.changed_contact_count))
                )
                extra = [
                    self._members_text(len(diff.joined), joined=True),
                    self._members_text(len(diff.left), joined=False),
                ]
                # The list separator is the language's own (Chinese and Arabic differ).
                separator = self.tr(", ", "list separator")
                text += "".join(separator + e for e in extra if e)
            else:
                text = self.tr("New contacts: edition %1").replace("%1", new)
            self.news_label.setText(text)
        self.news_label.setVisible(new is not None)
        self.changes_button.setVisible(new is not None and two_editions)
        if ignored:
            stamps = sorted({str(u.get("stamp", "")) for u in ignored})
            if len(ignored) == 1:
                text = self.tr(
                    "1 edition not sent through the list was ignored (%1): it may be forged."
                )
            else:
                text = self.tr(
                    "%2 editions not sent through the list were ignored (%1): they may be forged."
                )
            self.untrusted_label.setText(
                text.replace("%1", ", ".join(stamps)).replace(
                    "%2", QLocale().toString(len(ignored))
                )
            )
            self._review_paths = outcome.review_paths()
        else:
            self._review_paths = []
        self.untrusted_label.setVisible(bool(ignored))
        self.review_button.setVisible(bool(ignored))
        self.show()

    @property
    def review_paths(self) -> list[str]:
        return list(self._review_paths)

    def take_review_paths(self) -> list[str]:
        """Where the ignored editions were found; the banner no longer offers to review them."""
        paths, self._review_paths = self._review_paths, []
        self.untrusted_label.hide()
        self.review_button.hide()
        if not self.news_label.isVisibleTo(self.frame):
            self.hide()
        return paths

    def dismiss(self) -> None:
        self.hide()
        self._review_paths = []

    def _changed_text(self, count: int) -> str:
        if count == 0:
            return self.tr("no contact changed")
        if count == 1:
            return self.tr("1 contact changed")
        return self.tr("%1 contacts changed").replace("%1", QLocale().toString(count))

    def _members_text(self, count: int, *, joined: bool) -> str:
        if count == 0:
            return ""
        if joined:
            text = self.tr("1 member joined") if count == 1 else self.tr("%1 members joined")
        else:
            text = self.tr("1 member left") if count == 1 else self.tr("%1 members left")
        return text.replace("%1", QLocale().toString(count))
