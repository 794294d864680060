"""The detail pane: every contact of one member, with links, copy buttons and change badges."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core.cctlds import iso_for
from tldops_desktop.core.diff import ContactChange
from tldops_desktop.core.emails import field_addresses
from tldops_desktop.core.model import Contact, Member
from tldops_desktop.core.phones import DialNumber, dial_numbers
from tldops_desktop.core.text import digits
from tldops_desktop.gui.i18n import (
    FSI,
    PDI,
    display_country,
    is_right_to_left,
    ltr,
    paragraph,
    ui_language,
)
from tldops_desktop.gui.icons import icon
from tldops_desktop.gui.link_label import LinkLabel
from tldops_desktop.gui.models import plain_text
from tldops_desktop.gui.plain_copy import PlainCopy

# Fixed colours only where the palette has no role for them: they carry their own foreground
# and background, so they read the same in light and dark palettes.
BADGE_STYLE = (
    "QLabel { background-color: #b45309; color: #ffffff; border-radius: 4px; "
    "padding: 1px 6px; font-weight: bold; }"
)
# Contacts of an edition not sent through the list: which must show before any number does.
UNTRUSTED_RED = "#991b1b"  # white bold text on it: 8:1
UNTRUSTED_STYLE = (
    f"QLabel {{ background-color: {UNTRUSTED_RED}; color: #ffffff; border-radius: 4px; "
    "padding: 6px; font-weight: bold; }"
)
# A former member's contacts: out of date, which must show before any number does.
FORMER_STYLE = (
    "QLabel { background-color: #fde68a; color: #3b2f00; border: 1px solid #b45309; "
    "border-radius: 4px; padding: 6px; }"
)
# Changed fields whose values read left to right in any language (addresses, numbers).
FOCUS_STYLE = (
    "QToolButton:focus, QPushButton:focus { border: 2px solid palette(highlight); "
    "border-radius: 3px; }"
)
# The content's margins (12 each side), the row's spacing, and the scroll bar's room.
_PANE_MARGINS = 12 + 12 + 8 + 20
_VALUE_MIN_WIDTH = 60
LEFT_TO_RIGHT_FIELDS = frozenset({"email", "phone", "position", "region"})
# Where a value too long for its line is best cut: after a dot, "@", hyphen, underscore...
_BREAK_AFTER = frozenset(".@-_/+,;")
LINE_SEPARATOR = "\u2028"  # a new line in the same paragraph: one direction for all lines


def position_label(contact: Contact) -> str:
    return {
        1: QCoreApplication.translate("DetailPane", "Primary contact"),
        2: QCoreApplication.translate("DetailPane", "Secondary contact"),
        3: QCoreApplication.translate("DetailPane", "Third contact"),
    }.get(
        contact.position,
        QCoreApplication.translate("DetailPane", "Contact #%1").replace(
            "%1", str(contact.position)
        ),
    )


def mailto_url(email: str) -> str:
    return QUrl("mailto:" + email.strip()).toString(QUrl.ComponentFormattingOption.FullyEncoded)


def phone_numbers(contact: Contact, ace: str | None) -> tuple[DialNumber, ...]:
    """Every number of the contact's phone field, each with its extension."""
    region = iso_for(ace) if ace else None
    numbers = dial_numbers(contact.phone, region) if contact.phone else ()
    if not numbers and contact.phone_e164:  # read once, by the importer
        numbers = (DialNumber(contact.phone_e164, "", contact.phone_e164),)
    return numbers


def number_url(number: DialNumber) -> str:
    """``tel:+93701234565;ext=79`` (RFC 3966): a phone dials the extension too."""
    url = "tel:" + number.e164
    return f"{url};ext={number.extension}" if number.extension else url


def number_text(number: DialNumber) -> str:
    if not number.extension:
        return number.e164
    return QCoreApplication.translate("DetailPane", "{number} ext. {extension}").format(
        number=number.e164, extension=number.extension
    )


def tel_url(contact: Contact, ace: str | None = None) -> str | None:
    """``tel:`` for the phone field as a whole: its number with any extension; None when it
    holds several (each gets a link of its own); the digits as written when none is read."""
    numbers = phone_numbers(contact, ace)
    if numbers:
        return number_url(numbers[0]) if len(numbers) == 1 else None
    found = digits(contact.phone)
    if not found:
        return None
    written = contact.phone.lstrip()
    if written.startswith("+"):
        return "tel:+" + found
    if written.startswith("00"):
        return "tel:+" + found[2:]
    return "tel:" + found


def member_heading(member: Member) -> str:
    region = member.region or member.region_inferred
    tld = member.tld
    parts = [f"{tld.display} ({tld.ace})" if tld.is_idn else tld.display]
    if member.country:
        parts.append(member.country)
    if region is not None:
        inferred = QCoreApplication.translate("DetailPane", "inferred")
        parts.append(region.value if member.region else f"{region.value} ({inferred})")
    return " · ".join(parts)


def member_plain_text(member: Member, stamp: str | None, *, trusted: bool = True) -> str:
    """Everything about a member as plain text ("Copy all"). Of an edition not sent through
    the list, it says so: a paste travels further than the window's warning."""
    lines = [member_heading(member)]
    if stamp:
        lines.append(
            QCoreApplication.translate("DetailPane", "TLD-OPS repository edition %1").replace(
                "%1", stamp
            )
        )
    if not trusted:
        lines.append(untrusted_warning())
    email_caption = QCoreApplication.translate("DetailPane", "Email")
    phone_caption = QCoreApplication.translate("DetailPane", "Phone")
    # A value the edition leaves empty, said as the pane says it: "Phone:" and nothing after
    # it reads, once pasted, as a number lost on the way.
    unlisted = f"({none_listed()})"
    for contact in member.contacts:
        lines.append("")
        lines.append(f"{position_label(contact)}: {contact.name or unlisted}")
        lines.append(f"  {email_caption}: {contact.email or unlisted}")
        phone = contact.phone or unlisted
        if contact.phone_e164 and contact.phone_e164 != contact.phone:
            phone += f"  (E.164 {contact.phone_e164})"
        lines.append(f"  {phone_caption}: {phone}")
    # Translations isolate their placeholders for the screen; a paste must not carry them.
    return plain_text("\n".join(lines) + "\n")


def none_listed() -> str:
    """What a name, email or phone the edition leaves empty reads."""
    return QCoreApplication.translate("DetailPane", "none listed")


def untrusted_warning() -> str:
    return QCoreApplication.translate(
        "DetailPane",
        "WARNING: this edition was NOT sent through the TLD-OPS list; its contacts may be "
        "false. Check them another way before you trust them.",
    )


def own_direction(text: str) -> str:
    """A name or country inside right-to-left text, in the direction of its own script."""
    if not text or not is_right_to_left():
        return text
    return FSI + text + PDI


def field_value(field: str, value: str) -> str:
    """A changed field's value as shown beside others: addresses and numbers left to right,
    names in their own direction (all as is in a left-to-right interface)."""
    return ltr(value) if field in LEFT_TO_RIGHT_FIELDS else own_direction(value)


def whole_number(field: str, value: str) -> str:
    """A phone number that a wrapped note does not break at its spaces (no-break spaces):
    "+886 912" at the end of one line and "345 890" on the next read as two numbers."""
    return value.replace(" ", "\u00a0") if field == "phone" else value


def change_arrow() -> str:
    """From old to new in the reading direction: "→", or "←" in right-to-left text."""
    return "←" if is_right_to_left() else "→"


def change_summary(change: ContactChange) -> str:
    if change.kind == "added":
        return QCoreApplication.translate("DetailPane", "New contact in the latest edition.")
    lines = [QCoreApplication.translate("DetailPane", "Changed in the latest edition:")]
    names = {
        "position": QCoreApplication.translate("DetailPane", "Position"),
        "name": QCoreApplication.translate("DetailPane", "Name"),
        "email": QCoreApplication.translate("DetailPane", "Email"),
        "phone": QCoreApplication.translate("DetailPane", "Phone"),
    }
    for field in change.fields:
        old, new = (
            field_value(field.field, whole_number(field.field, v)) for v in (field.old, field.new)
        )
        # (A pattern of its own: French puts a space before the colon, Chinese a wide colon.)
        line = QCoreApplication.translate("DetailPane", "%1: %2 %3 %4")
        for number, part in enumerate(
            (names.get(field.field, field.field), old, change_arrow(), new)
        ):
            line = line.replace(f"%{number + 1}", part)
        lines.append(line)
    return "\n".join(lines)


def cut_to_width(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with a line separator in each word wider than ``width``, where the start
    fits: after a dot, "@", hyphen... in the second half of that start, else anywhere. A label
    wraps only at spaces and hyphens, and cuts off the rest of a longer word: of an address,
    the part with the "@", leaving another address that looks whole."""
    if width <= 0:
        return text
    words = []
    for word in text.split(" "):
        lines = []
        rest = word
        while len(rest) > 1 and metrics.horizontalAdvance(rest) > width:
            fits = len(rest) - 1
            while fits > 1 and metrics.horizontalAdvance(rest[:fits]) > width:
                fits -= 1
            late = [i + 1 for i in range(fits // 2, fits) if rest[i] in _BREAK_AFTER]
            cut = late[-1] if late else fits
            while cut > 1 and unicodedata.category(rest[cut])[0] == "M":  # keep accents on
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)
        words.append(LINE_SEPARATOR.join(lines))
    return " ".join(words)


class _ValueLabel(LinkLabel):
    """A value, as plain text or as links (each a Tab stop of its own). A word too long for
    the label's width goes on over the next lines (``cut_to_width``).

    Ctrl+C asks for the selection (a focused link is selected) through ``copy_requested``:
    without the lines it was cut into and the direction isolates, by the window's clipboard
    guard, as its copy button does."""

    copy_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._value = ""
        self._links: list[tuple[str, str]] = []

    def show_value(self, text: str, links: Sequence[tuple[str, str]] = ()) -> None:
        """``text`` (plain), or ``links`` (each ``(url, text)``; several in their written
        order, left to right), as given: cut to the width once the label has one."""
        self._value = text
        self._links = list(links)
        # Whole, as written: the text shown may be cut into lines and links.
        self.setAccessibleName(" / ".join(shown for _url, shown in links) or text)
        self.setText(self._text(0))
        if self.isVisible():
            self._fit(self.contentsRect().width())

    def _text(self, width: int) -> str:
        def cut(text: str) -> str:
            return cut_to_width(text, self.fontMetrics(), width)

        if not self._links:
            return cut(self._value)
        anchors = [
            f'<a href="{html.escape(url, quote=True)}">'
            f"{html.escape(cut(ltr(text))).replace(LINE_SEPARATOR, '<br>')}</a>"
            for url, text in self._links
        ]
        return anchors[0] if len(anchors) == 1 else ltr(" / ".join(anchors))

    def _fit(self, width: int) -> None:
        text = self._text(width)
        if text != self.text():  # setText drops the focused link: only when it must
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self.contentsMargins()
        self._fit(event.size().width() - margins.left() - margins.right() - 2 * self.margin())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            self.copy_requested.emit(self._selected_value())
            return
        super().keyPressEvent(event)

    def _selected_value(self) -> str:
        return plain_text(self.selectedText()).replace(LINE_SEPARATOR, "")

    def context_menu(self) -> QMenu:
        """Copy, the selection or else the whole value, as Ctrl+C copies it: Qt's own menu
        copied the text shown (its cut lines, its isolates), past the clipboard guard."""
        menu = QMenu(self)
        selected = self.hasSelectedText()
        whole = self._value or " / ".join(text for _url, text in self._links)
        value = self._selected_value() if selected else plain_text(whole)
        copy = menu.addAction(icon("copy"), self.tr("&Copy"))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.triggered.connect(lambda: self.copy_requested.emit(value))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()


class DetailPane(QWidget):
    """Shows one member. ``copy_requested(value, what)`` and ``link_activated(url)`` go to the
    window, which owns the clipboard and opens links (only ever on the user's click)."""

    copy_requested = Signal(str, str)
    link_activated = Signal(str)
    # A contact's place in the member's list (positions may repeat): its QR code, asked for
    # by its button.
    qr_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member: Member | None = None
        self.stamp: str | None = None
        self.trusted = True  # the member's edition came through the list
        self.former = False  # showing a member that left, as of its last edition
        self.setAccessibleName(self.tr("Member details"))

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own (it shows nothing focused); it scrolls to what gets focus.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A focus ring that stands out (the style's own is faint on flat tool buttons).
        self.setStyleSheet(FOCUS_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

        self._tools_menu: QMenu | None = None
        self.copy_all_button: QPushButton | None = None
        self.tools_button: QPushButton | None = None
        self.badges: list[QLabel] = []
        self.value_labels: dict[str, _ValueLabel] = {}
        self.copy_buttons: dict[str, QToolButton] = {}
        # The contact of each key's first part ("1" of "1/email"; "1.2" for the second contact
        # at position 1, which an edition that lists a member twice gives it).
        self._contact_keys: dict[str, Contact] = {}
        # What show_member was last given, to show it again after a theme switch.
        self._shown: tuple[Member, Mapping[int, ContactChange], str | None, str | None, bool] | None
        self._shown = None
        self._placeholder()

    # -- public ------------------------------------------------------------------------

    def set_tools_menu(self, menu: QMenu) -> None:
        self._tools_menu = menu
        if self.tools_button is not None:
            self.tools_button.setMenu(menu)

    def clear(self) -> None:
        self.member = None
        self.former = False
        self._shown = None
        self._placeholder()

    def restyle(self) -> None:
        """After a theme switch: polished again in the new palette (a style sheet keeps the
        one it was polished with), and the member shown again, its links and icons in the
        new colours; the keyboard focus stays on the same button or value."""
        self.setStyleSheet("")
        self.setStyleSheet(FOCUS_STYLE)
        if self._shown is None:
            return
        focus = QApplication.focusWidget()
        focused = next((k for k, w in self._focusable().items() if w is focus), None)
        scrolled = self._scroll.verticalScrollBar().value()
        member, changes, stamp, left_in, trusted = self._shown
        self.show_member(member, changes, stamp, left_in=left_in, trusted=trusted)
        self._scroll.verticalScrollBar().setValue(scrolled)
        again = self._focusable().get(focused or "")
        if again is not None:
            again.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focusable(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {f"copy {k}": w for k, w in self.copy_buttons.items()}
        widgets.update({f"value {k}": w for k, w in self.value_labels.items()})
        if self.copy_all_button is not None:
            widgets["copy-all"] = self.copy_all_button
        if self.tools_button is not None:
            widgets["tools"] = self.tools_button
        return widgets

    def show_member(
        self,
        member: Member,
        changes: Mapping[int, ContactChange],
        stamp: str | None,
        *,
        left_in: str | None = None,
        trusted: bool = True,
    ) -> None:
        """``left_in``: the edition a former member left in; ``stamp`` is then the last one
        that listed it, and the pane says so above its contacts. ``trusted``: the edition
        came through the list (else the pane says so above its contacts)."""
        self._shown = (member, changes, stamp, left_in, trusted)
        self.member = member
        self.stamp = stamp
        self.trusted = trusted
        self.former = left_in is not None
        self.badges = []
        self.value_labels = {}
        self.copy_buttons = {}
        self._contact_keys = {}
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        # Where the lines under it begin: in Arabic at the right (isolated, it has no
        # direction of its own, and stood alone at the left).
        title = QLabel(paragraph(ltr(member.tld.display)))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        PlainCopy(title)
        title.setAccessibleDescription(self.tr("ccTLD"))  # the name is the text: ".de"
        subtitle = QLabel(self._subtitle(member))
        subtitle.setWordWrap(True)
        subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        PlainCopy(subtitle)
        outer.addWidget(title)
        outer.addWidget(subtitle)
        if left_in is not None:
            outer.addWidget(self._former_note(member, stamp or "", left_in))
        if not trusted:
            warning = QLabel(
                self.tr(
                    "NOT sent through the TLD-OPS list: these contacts may be false. Check "
                    "them another way before you trust them."
                )
            )
            warning.setObjectName("untrustedNote")
            warning.setWordWrap(True)
            warning.setStyleSheet(UNTRUSTED_STYLE)
            warning.setAccessibleDescription(self.tr("Trust warning"))
            outer.addWidget(warning)

        buttons = QHBoxLayout()
        self.copy_all_button = QPushButton(icon("copy"), self.tr("Copy all"))
        self.copy_all_button.setToolTip(self.tr("Copy every contact of this member as plain text"))
        self.copy_all_button.setAccessibleName(self.tr("Copy all contacts"))
        self.copy_all_button.clicked.connect(self.copy_all)
        # A push button with a menu: its size hint leaves the arrow room of its own (a tool
        # button's, under Fusion, drew the arrow over the end of its text).
        self.tools_button = QPushButton(icon("tools"), self.tr("Monitoring tools"))
        self.tools_button.setAccessibleName(self.tr("Monitoring tools for this ccTLD"))
        if self._tools_menu is not None:
            self.tools_button.setMenu(self._tools_menu)
        buttons.addWidget(self.copy_all_button)
        buttons.addWidget(self.tools_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._fit_buttons()

        if not member.contacts:
            outer.addWidget(QLabel(self.tr("This member lists no contacts.")))
        for index, contact in enumerate(member.contacts):
            key = str(contact.position)
            if key in self._contact_keys:
                key += f".{index + 1}"
            self._contact_keys[key] = contact
            frame = self._contact_frame(contact, changes.get(contact.position), key, index)
            outer.addWidget(frame)
        outer.addStretch(1)
        self._set_content(content)

    def copy_all(self) -> None:
        if self.member is not None:
            self.copy_requested.emit(
                member_plain_text(self.member, self.stamp, trusted=self.trusted),
                self.tr("all contacts of %1").replace("%1", ltr(self.member.tld.display)),
            )

    def focus_first(self) -> None:
        """Move the keyboard focus into the pane (Enter in the list)."""
        if self.member is not None and self.copy_all_button is not None:
            # Enter is a keyboard move: the style draws the focus ring only after one, and
            # without it a Space would copy every contact with nothing showing what has focus.
            # (Set after setFocus, which clears it for a reason other than a Tab key press.)
            self.copy_all_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            self.copy_all_button.update()

    # -- building ------------------------------------------------------------------------

    def _former_note(self, member: Member, stamp: str, left_in: str) -> QLabel:
        note = QLabel(
            self.tr(
                "Former member: {tld} left TLD-OPS in edition {left}. These are its last "
                "known contacts, from edition {stamp}; they may be out of date."
            ).format(tld=ltr(member.tld.display), left=ltr(left_in), stamp=ltr(stamp))
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setObjectName("former-note")
        note.setWordWrap(True)
        note.setStyleSheet(FORMER_STYLE)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        PlainCopy(note)
        return note

    def _subtitle(self, member: Member) -> str:
        parts = []
        if member.tld.is_idn:
            parts.append(ltr(member.tld.ace))
        if member.country:
            parts.append(display_country(member, ui_language()))
        if member.region is not None:
            parts.append(self.tr("region %1").replace("%1", ltr(member.region.value)))
        elif member.region_inferred is not None:
            parts.append(
                self.tr("region %1 (from the ccTLD table, not the email)").replace(
                    "%1", ltr(member.region_inferred.value)
                )
            )
        # In Arabic, one right-to-left line even when it begins with an A-label or a Latin name.
        return paragraph(" · ".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """ "Copy all" and "Monitoring tools" with their text where it fits, else as icons
        (their names stay in tooltips and for screen readers): a narrow pane scrolls nothing
        out of view."""
        copy_all, tools = self.copy_all_button, self.tools_button
        if copy_all is None or tools is None:
            return
        copy_all.setText(self.tr("Copy all"))
        tools.setText(self.tr("Monitoring tools"))
        needed = copy_all.sizeHint().width() + tools.sizeHint().width() + _PANE_MARGINS
        narrow = self.width() < needed
        copy_all.setText("" if narrow else self.tr("Copy all"))
        tools.setText("" if narrow else self.tr("Monitoring tools"))
        tools.setToolTip(self.tr("Monitoring tools") if narrow else "")

    def _placeholder(self) -> None:
        self.copy_all_button = None
        self.tools_button = None
        self.badges = []
        self.value_labels = {}
        self.copy_buttons = {}
        self._contact_keys = {}
        label = QLabel(self.tr("Select a member to see its contacts."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setObjectName("detail-placeholder")  # readable, not a disabled grey
        self._set_content(label)

    def _show_links(self, value_label: _ValueLabel, links: Sequence[tuple[str, str]]) -> None:
        value_label.setTextFormat(Qt.TextFormat.RichText)
        value_label.show_value("", links)
        value_label.setOpenExternalLinks(False)
        value_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        value_label.linkActivated.connect(self.link_activated)
        value_label.setToolTip("\n".join(url for url, _text in links))

    def _set_content(self, widget: QWidget) -> None:
        old = self._scroll.takeWidget()
        self._scroll.setWidget(widget)
        if old is not None:
            old.deleteLater()

    def contact_of(self, widget: QWidget | None) -> Contact | None:
        """The contact whose value or copy button ``widget`` is; None for any other."""
        for key, shown in {**self.value_labels, **self.copy_buttons}.items():
            if shown is widget:
                return self._contact_keys.get(key.split("/")[0])
        return None

    def _qr_button(self, contact: Contact, index: int) -> QToolButton:
        """Each contact's own QR code, a click away (the Member menu's shows the contact with
        the keyboard focus, which a mouse user may never give it)."""
        button = QToolButton()
        button.setIcon(icon("qr"))
        who = position_label(contact).lower()
        text = self.tr("Show the %1 as a QR code").replace("%1", who)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.qr_requested.emit(index))
        return button

    def _contact_frame(
        self, contact: Contact, change: ContactChange | None, key: str, index: int
    ) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(position_label(contact))
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)

        heading = QHBoxLayout()
        heading.setSpacing(grid.horizontalSpacing())  # nested, it had none: "contactchanged"
        title = QLabel(position_label(contact))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        heading.addWidget(title)
        if change is not None:
            badge = QLabel(self.tr("new") if change.kind == "added" else self.tr("changed"))
            badge.setStyleSheet(BADGE_STYLE)
            summary = change_summary(change)
            badge.setToolTip(summary)
            badge.setAccessibleName(self.tr("Changed in the latest edition"))
            badge.setAccessibleDescription(summary)
            badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            heading.addWidget(badge)
            self.badges.append(badge)
        heading.addStretch(1)
        heading.addWidget(self._qr_button(contact, index))
        grid.addLayout(heading, 0, 0, 1, 3)

        row = 1
        row = self._row(grid, row, key + "/name", self.tr("Name"), contact.name, [], contact)
        # To each address of the field, without its remark ("noc@nic.ad (24/7)")
        addresses = field_addresses(contact.email) if contact.email_valid else ()
        mail = mailto_url(",".join(addresses)) if addresses else None
        links = [(mail, contact.email)] if mail else []
        row = self._row(grid, row, key + "/email", self.tr("Email"), contact.email, links, contact)
        if not contact.email_valid:
            warn = QLabel(self.tr("This does not look like an email address; check it."))
            warn.setWordWrap(True)
            grid.addWidget(warn, row, 1, 1, 2)
            row += 1
        row = self._phone_rows(grid, row, contact, key)
        if change is not None and change.kind == "changed":
            was = QLabel(change_summary(change))
            was.setWordWrap(True)
            was.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            PlainCopy(was)
            grid.addWidget(was, row, 0, 1, 3)
        return frame

    def _phone_rows(self, grid: QGridLayout, row: int, contact: Contact, key: str) -> int:
        """The phone field as written, then each of its numbers as a phone dials it."""
        ace = self.member.tld.ace if self.member is not None else None
        numbers = phone_numbers(contact, ace)
        tel = tel_url(contact, ace)
        links = [(tel, contact.phone)] if tel else []
        row = self._row(grid, row, key + "/phone", self.tr("Phone"), contact.phone, links, contact)
        if numbers and (len(numbers) > 1 or number_text(numbers[0]) != contact.phone):
            dial = [(number_url(n), number_text(n)) for n in numbers]
            value = " / ".join(text for _url, text in dial)
            return self._row(grid, row, key + "/e164", self.tr("E.164"), value, dial, contact)
        if not numbers and contact.phone:
            note = QLabel(self.tr("Could not be read as an international number; dial as written."))
            note.setWordWrap(True)
            grid.addWidget(note, row, 1, 1, 2)
            row += 1
        return row

    def _row(
        self,
        grid: QGridLayout,
        row: int,
        key: str,
        caption: str,
        value: str,
        links: Sequence[tuple[str, str]],
        contact: Contact,
    ) -> int:
        """A caption, the value (``links``: its text as links, each ``(url, text)``), and a
        button that copies ``value`` (none for an empty one)."""
        label = QLabel(caption)
        label.setEnabled(True)
        value_label = _ValueLabel()
        value_label.setWordWrap(True)
        who = position_label(contact).lower()
        empty = not value.strip()
        if links:
            self._show_links(value_label, links)
        elif empty:
            # A blank beside the caption reads as a value not drawn yet; say there is none.
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            value_label.show_value(none_listed())
            font = value_label.font()
            font.setItalic(True)
            value_label.setFont(font)
        else:
            # Emails and phone numbers read left to right, also in a right-to-left window.
            shown = value if key.endswith("/name") else ltr(value)
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            value_label.show_value(shown)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Aligned to the window's reading side whatever the script of the value: an Arabic
        # name stays next to its caption in English, a Latin email next to it in Arabic.
        value_label.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute
            | (Qt.AlignmentFlag.AlignRight if is_right_to_left() else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter
        )
        # Read as the value, then what it is: the caption as its name hid the value itself.
        value_label.setAccessibleDescription(f"{caption} ({who})")
        # A long address goes on over several lines at a narrow width; its copy button,
        # beside it, must never be pushed out of view.
        value_label.setMinimumWidth(_VALUE_MIN_WIDTH)
        label.setBuddy(value_label)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(value_label, row, 1)
        self.value_labels[key] = value_label
        if empty:
            return row + 1  # no copy button: it would empty the clipboard and say "Copied"
        copy = QToolButton()
        copy.setIcon(icon("copy"))
        copy.setAutoRaise(True)
        what = self.tr("%1 of the %2").replace("%1", caption.lower()).replace("%2", who)
        value_label.copy_requested.connect(lambda text: self.copy_requested.emit(text, what))
        copy.setToolTip(self.tr("Copy %1").replace("%1", what))
        copy.setAccessibleName(self.tr("Copy %1").replace("%1", what))
        copy.clicked.connect(lambda: self.copy_requested.emit(value, what))
        grid.addWidget(copy, row, 2, Qt.AlignmentFlag.AlignVCenter)
        self.copy_buttons[key] = copy
        return row + 1
