"""Words a search knows, to suggest one for a word typed with a slip ("Germnay": Germany).

A query finds what holds its words as typed; a word with a letter wrong, missing, added or two
letters swapped finds nothing. When that happens, the known word nearest to it (a country's
name in any language the search reads, a contact's name) is *suggested*, never searched in its
place: the reader decides.

Words are matched by their deletions (the SymSpell idea): two words one edit apart share a
word with one letter deleted, so finding them costs a few dictionary look-ups, not a distance
to every known word per keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable

from tldops_desktop.core.text import fold

MIN_LETTERS = 4  # a slip in a shorter word leaves too many words one edit away ("nic": "nik")


def _is_word(key: str) -> bool:
    """Letters, with an apostrophe or a hyphen inside (O'Neill, Hans-Peter)."""
    return key.replace("'", "").replace("-", "").isalpha()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def edit_distance(a: str, b: str) -> int:
    """Letters replaced, inserted, deleted, or two neighbours swapped, from ``a`` to ``b``
    (optimal string alignment)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


class Vocabulary:
    """Known words, folded, each with a spelling to show (the first one seen)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._shown: dict[str, str] = {}
        self._by_deletion: dict[str, set[str]] = {}
        for text in texts:
            for written in text.split():
                word = written.strip(".,;:()[]'\"")
                key = fold(word)
                if len(key) < MIN_LETTERS or not _is_word(key) or key in self._shown:
                    continue
                self._shown[key] = word
                for deletion in _deletions(key):
                    self._by_deletion.setdefault(deletion, set()).add(key)

    def __contains__(self, word: str) -> bool:
        return fold(word) in self._shown

    def nearest(self, word: str) -> str | None:
        """The known word one edit from ``word`` (or two, for a word of eight letters or more,
        where one letter deleted from each makes them alike: "Lefevbre" for Lefèvre), as
        written where it was seen; of several, the nearest, then the longest, then the first
        in alphabetical order; None when there is none, or ``word`` is known or too short."""
        key = fold(word)
        if len(key) < MIN_LETTERS or not _is_word(key) or key in self._shown:
            return None
        limit = 2 if len(key) >= 8 else 1
        found: set[str] = set()
        for deletion in _deletions(key):
            found |= self._by_deletion.get(deletion, set())
        # Of words as near, the longer first: a letter left out is the commonest slip
        # ("Rusian": Russian, not Spanish "Rusia").
        scored = sorted((edit_distance(key, other), -len(other), other) for other in found)
        best = next((other for d, _, other in scored if d <= limit), None)
        return self._shown[best] if best is not None else None
