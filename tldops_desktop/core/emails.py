"""What counts as an email address in a contact's field: a local part, "@", and a domain of
dot-separated labels ("cert@registro.br." with a full stop after it, "noc@nic.ad," with a comma,
or "a@b..c", is none)."""

from __future__ import annotations

import re

# A local part without the brackets, quotes and separators text puts around an address; a
# domain of letters (with their marks: "भारत"), digits and hyphens. "noc@nic.ad," and
# "(noc@nic.ad)" are none as written.
_LABEL = r"(?:[\w-]|[^\x00-\x7f\s«»“”‘’„‚‹›（）［］，；：。、！？＠])+"
_ADDRESS = re.compile(rf"[^@\s<>()\[\],;:\"\\]+@(?:{_LABEL}\.)+{_LABEL}")


def is_address(text: str) -> bool:
    return _ADDRESS.fullmatch(text) is not None
