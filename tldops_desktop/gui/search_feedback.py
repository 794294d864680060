"""What the search says besides its rows: the count, a ccTLD that is not a member (or left),
what the search did beyond the words typed, and, in place of an empty list, what to try.

The labels are built here and placed by the main window; a link in them is passed on as a
signal (show all regions, a former member's contacts, an IANA page).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import quote, unquote

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tldops_desktop.core.countries import country_name
from tldops_desktop.core.model import Edition, Member, Tld
from tldops_desktop.core.query import Query, QueryError, named_cctld, parse_query, query_domain
from tldops_desktop.core.text import plain
from tldops_desktop.core.tld import TldLabelError, to_unicode
from tldops_desktop.gui.i18n import ltr_run, paragraph, ui_language
from tldops_desktop.gui.link_label import LinkLabel
from tldops_desktop.gui.session import Session
from tldops_desktop.services.community import not_member_advice

FORMER_LINK = "#former:"  # the not-a-member notice's link to a former member's contacts
ALL_REGIONS_LINK = "#all-regions"
SUGGESTION_LINK = "#search:"  # the empty state's "Did you mean …?": search that instead
NOTICE_DELAY_MS = 400  # a pause in typing, before a notice that may not be meant
# Links in a label reached with Tab and followed with Enter, not with the mouse only.
LINKS_BY_MOUSE_AND_KEYBOARD = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


def _unicode_label(ace: str) -> str:
    try:
        return to_unicode(ace)
    except TldLabelError:
        return ace


class SearchFeedback(QObject):
    all_regions_requested = Signal()
    search_requested = Signal(str)  # a query to search instead (a slip's nearest spelling)
    former_member_requested = Signal(str)  # an A-label
    url_requested = Signal(str)  # a page to open in the user's browser

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.result_label = QLabel()
        self.result_label.setAccessibleDescription(self.tr("Number of results"))  # text: name
        self.result_label.setMinimumWidth(110)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # "`.xy` is not a TLD-OPS member": said plainly instead of an empty list. Its links (a
        # former member's last contacts, IANA's page) are Tab stops after the region filter.
        self.not_member_notice = self._link_label("not-member-notice", self._notice_link)
        self.not_member_notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_DELAY_MS)
        self._notice_timer.timeout.connect(self.not_member_notice.show)
        # What the search did beyond the words typed: a domain's ccTLD, the same country's
        # ccTLD, matches hidden by the region filter.
        self.search_hint = self._link_label("search-hint", self._region_link)
        self.search_hint.hide()
        # No result: say what was searched and what to try, in place of a blank list.
        self.empty_state = self._link_label("empty-state", self._empty_state_link)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setContentsMargins(24, 24, 24, 24)
        self.empty_state.setAccessibleDescription(self.tr("No result"))  # its text: the name
        # The spelling the empty state offers, if any: Enter in the search field takes it.
        self.suggestion: str | None = None

    @staticmethod
    def _link_label(name: str, on_link: Callable[[str], None]) -> QLabel:
        label = LinkLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(on_link)
        label.setTextInteractionFlags(LINKS_BY_MOUSE_AND_KEYBOARD)
        return label

    def show_outcome(
        self, session: Session, text: str, region: str | None, valid: bool, shown: list[Member]
    ) -> bool:
        """Say what the search of ``text`` in ``region`` found; True when nothing is shown and
        the empty state stands in place of the list."""
        others = self._other_region_matches(session, text, region, shown)
        self._update_not_member_notice(session, text, shown)
        self._update_search_hint(session, text, shown, others)
        self._update_result_label(valid, len(shown), len(session.members))
        self.suggestion = None
        if shown:
            return False
        # (Only when nothing is shown: a look-up of every word's neighbours, not at each key.)
        suggestion = session.index.suggestion(text, region) if valid and text.strip() else None
        self.suggestion = suggestion
        self._update_empty_state(text, region, valid, others, suggestion)
        return True

    def region_name(self, region: str) -> str:
        return self.tr("unknown") if region == "unknown" else region

    @staticmethod
    def _other_region_matches(
        session: Session, text: str, region: str | None, shown: list[Member]
    ) -> list[Member]:
        """The members the words find that the region filter hides (none without a filter)."""
        if not region or not text.strip():
            return []
        try:
            terms = parse_query(text, typing=True).terms
        except QueryError:
            return []
        if not terms:
            return []
        kept = {id(m) for m in shown}
        return [m for m in session.index.search(Query(terms)) if id(m) not in kept]

    def _region_link(self, link: str) -> None:
        if link == ALL_REGIONS_LINK:
            self.all_regions_requested.emit()

    def _empty_state_link(self, link: str) -> None:
        if link.startswith(SUGGESTION_LINK):
            self.search_requested.emit(unquote(link.removeprefix(SUGGESTION_LINK)))
        else:
            self._region_link(link)

    def _notice_link(self, link: str) -> None:
        if link.startswith(FORMER_LINK):
            self.former_member_requested.emit(link.removeprefix(FORMER_LINK))
        else:
            self.url_requested.emit(link)

    def _update_not_member_notice(
        self, session: Session, text: str, shown: list[Member] | None = None
    ) -> None:
        """When the query names a ccTLD that is not a member, say so and offer the fallback.

        Only for a query shaped like a ccTLD (``zz``, ``.zz``, ``xn--…``, a known IDN ccTLD,
        a domain ending in one) or that is (or begins with) a country's name (``Niger``,
        which is not ``Nigeria``), never for a person's name (``Müller``), and not when a
        member of the same country answers (``gb`` → ``.uk``, ``Россия`` → ``.ru``).
        """
        edition = session.edition
        # An empty query names nothing: the index (built on first use) is not asked for.
        blank = not text.strip()
        missing = session.index.missing_member(text) if edition is not None and not blank else None
        self._notice_timer.stop()
        if missing is None or edition is None:
            # A number or an email of a member that left: its last contacts, not "no match".
            formers = session.search_former(text) if edition and not blank and not shown else []
            if formers:
                self.not_member_notice.setText(
                    "<br>".join(
                        self._former_line(f.member.tld, f.last_stamp, f.left_stamp)
                        for f in formers[:3]
                    )
                )
                self.not_member_notice.show()
            else:
                self.not_member_notice.hide()
            return
        # "Congo" names two countries, neither a member: each is said.
        text_html = "<br>".join(
            self._not_member_html(session, edition, ace, by_country=missing.by_country)
            for ace in (missing.ace, *missing.others)
        )
        self.not_member_notice.setText(text_html)
        if shown and "." not in plain(text) and not self.not_member_notice.isVisible():
            # "ju" may be the start of a name ("Julia"), "Niger" that of "Nigeria": say it
            # once the typing pauses, not at every keystroke (the table would jump each time).
            self._notice_timer.start()
        else:
            self.not_member_notice.show()

    def _not_member_html(
        self, session: Session, edition: Edition, ace: str, *, by_country: bool
    ) -> str:
        """What to say of ``ace``, not a member as of ``edition``: its former contacts when it
        left, else where IANA keeps its administrative contact."""
        advice = not_member_advice(ace, edition)
        label = html.escape(ltr_run("." + advice.unicode))
        stamp = html.escape(ltr_run(advice.stamp))
        country = ""
        if by_country and advice.info is not None:
            country = html.escape(
                country_name(advice.info.iso, ui_language()) or advice.info.country
            )
        if advice.iana_url and country:
            notice = self.tr(
                "{country} ({tld}) is not a TLD-OPS member as of edition {stamp}. Its "
                'administrative contact is in the IANA root zone database: <a href="{url}">open '
                "its page</a>."
            )
        elif advice.iana_url:
            notice = self.tr(
                "{tld} is not a TLD-OPS member as of edition {stamp}. Its administrative "
                'contact is in the IANA root zone database: <a href="{url}">open its page</a>.'
            )
        else:
            notice = self.tr(
                "{tld} is not a TLD-OPS member as of edition {stamp}, and not a delegated ccTLD."
            )
        url = html.escape(advice.iana_url or "", quote=True)
        text_html = paragraph(notice.format(tld=label, stamp=stamp, url=url, country=country))
        former = session.former_stamps(ace)
        if former is not None:
            # Last month's contacts of a peer beat IANA's admin contact during an incident.
            tld = Tld(ace, advice.unicode)
            text_html = self._former_line(tld, *former) + "<br>" + text_html
        return text_html

    def _former_line(self, tld: Tld, last: str, left: str) -> str:
        text = self.tr(
            '{tld} left TLD-OPS in edition {left}. <a href="{link}">Show its last known '
            "contacts</a> (edition {last})."
        ).format(
            tld=html.escape(ltr_run("." + tld.unicode)),
            left=html.escape(ltr_run(left)),
            last=html.escape(ltr_run(last)),
            link=html.escape(FORMER_LINK + tld.ace, quote=True),
        )
        return paragraph(text)

    def _all_regions_link(self) -> str:
        text = html.escape(self.tr("Show all regions"))
        return f'<a href="{ALL_REGIONS_LINK}">{text}</a>'

    def _update_search_hint(
        self, session: Session, text: str, shown: list[Member], others: list[Member]
    ) -> None:
        """One line on what the search did beyond the words typed, hidden when nothing."""
        parts: list[str] = []
        if shown:
            domain = query_domain(text)
            ace = named_cctld(text) if text.strip() else None
            if domain is not None and session.index.get(domain[1]) is not None:
                member = session.index.get(domain[1])
                assert member is not None
                parts.append(
                    html.escape(
                        self.tr("Showing %1, the ccTLD of %2.")
                        .replace("%1", ltr_run(member.tld.display))
                        .replace("%2", ltr_run(domain[0].rstrip(".")))
                    )
                )
            elif ace is not None and session.index.get(ace) is None:
                same = session.index.same_country(ace)
                if same:
                    parts.append(
                        html.escape(
                            self.tr("%1 is not a TLD-OPS member; showing %2, of the same country.")
                            .replace("%1", ltr_run("." + _unicode_label(ace)))
                            .replace("%2", ", ".join(ltr_run(m.tld.display) for m in same))
                        )
                    )
            if others:
                parts.append(
                    html.escape(  # no plural: English has no plural forms file
                        self.tr("Other regions: %1 more.").replace(
                            "%1", QLocale().toString(len(others))
                        )
                    )
                    + " "
                    + self._all_regions_link()
                )
        hint = paragraph(" ".join(parts)) if parts else ""
        if hint != self.search_hint.text():
            self.search_hint.setText(hint)
        self.search_hint.setVisible(bool(hint))

    def _update_empty_state(
        self,
        text: str,
        region: str | None,
        valid: bool,
        others: list[Member],
        suggestion: str | None = None,
    ) -> None:
        """Instead of a blank list: what was searched, and what to try."""
        query = html.escape(ltr_run(text.strip()))
        lines: list[str] = []
        if not valid:
            heading = html.escape(self.tr("“%1” names an unknown region.")).replace("%1", query)
            lines.append(html.escape(self.tr("Regions are AF, AP, EU, LAC, NA and unknown.")))
        elif not text.strip():
            heading = html.escape(self.tr("No member in this region."))
            lines.append(self._all_regions_link())
        else:
            if region:
                heading = (
                    html.escape(self.tr("No member in region %2 matches “%1”."))
                    .replace("%2", html.escape(self.region_name(region)))
                    .replace("%1", query)
                )
            else:
                heading = html.escape(self.tr("No member matches “%1”.")).replace("%1", query)
            if suggestion is not None:
                link = html.escape(SUGGESTION_LINK + quote(suggestion), quote=True)
                shown = html.escape(ltr_run(suggestion))
                lines.append(
                    html.escape(self.tr("Did you mean “%1”?")).replace(
                        "%1", f'<a href="{link}">{shown}</a>'
                    )
                    + " "
                    + html.escape(self.tr("Enter searches for it."))
                )
            if len(others) == 1:
                member = others[0]
                where = member.effective_region
                lines.append(
                    html.escape(
                        self.tr("%1 is in region %2, not in the region shown.")
                        .replace("%1", ltr_run(member.tld.display))
                        .replace("%2", where.value if where else self.tr("unknown"))
                    )
                    + " "
                    + self._all_regions_link()
                )
            elif others:
                lines.append(
                    html.escape(
                        self.tr("Matches in other regions: %1.").replace(
                            "%1", QLocale().toString(len(others))
                        )
                    )
                    + " "
                    + self._all_regions_link()
                )
            # (With a spelling offered, that is the thing to try.)
            if suggestion is None and len(text.split()) > 1:
                lines.append(html.escape(self.tr("Try fewer words, or part of a word.")))
            elif suggestion is None and not others:
                lines.append(html.escape(self.tr("Try part of a word, or another spelling.")))
            lines.append(
                html.escape(
                    self.tr(
                        "Search by ccTLD (.de, рф), domain (nic.de), country in any language, "
                        "person's name, email or phone digits."
                    )
                )
            )
            if region and not others:
                lines.append(self._all_regions_link())
        # Each <p> is a paragraph of its own: each begins in the interface's direction.
        body = "".join(f"<p>{paragraph(line)}</p>" for line in lines)
        page = f"<p><b>{paragraph(heading)}</b></p>{body}"
        if page != self.empty_state.text():
            self.empty_state.setText(page)

    def _update_result_label(self, valid: bool, shown: int, total: int) -> None:
        if not valid:
            self.result_label.setText(self.tr("Unknown region"))
        elif shown == total:
            self.result_label.setText(
                self.tr("%1 members").replace("%1", QLocale().toString(total))
            )
        elif shown == 0:
            self.result_label.setText(self.tr("No match"))
        else:
            self.result_label.setText(
                self.tr("%1 of %2")
                .replace("%1", QLocale().toString(shown))
                .replace("%2", QLocale().toString(total))
            )
