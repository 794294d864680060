"""Words that stand in people's names in lower case: read alike where a name is split into its
parts (a vCard's ``N``) and where a name is told from other words (a contact's heading)."""

from __future__ import annotations

# Lower-case words that belong to the family name that follows them ("Van der Berg", "Ó Briain",
# "بن سالم": Ben Salem).
NAME_PARTICLES = frozenset(
    {
        "al", "bin", "bint", "da", "das", "de", "dei", "del", "della", "den", "der", "des", "di",
        "do", "dos", "du", "el", "ibn", "la", "le", "lo", "mac", "nic", "ní", "ó", "op",
        "st.", "ten", "ter", "van", "von", "zu", "بن", "ابن", "بنت",
    }
)  # fmt: skip
