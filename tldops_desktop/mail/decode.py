"""Header and body decoding that never raises: RFC 2047 words, transfer encodings, charsets."""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
import unicodedata
import weakref
from email.errors import HeaderParseError
from email.header import Header, decode_header
from email.message import Message
from email.utils import collapse_rfc2231_value
from typing import Any

from tldops_desktop.mail.cjk import cjk_text

# Declarations often wrong in saved copies, and what each reads as when it is not UTF-8.
_WEAK_DECLARATIONS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "cp1252": "cp1252",
    "iso8859-15": "iso8859-15",
}
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def decode_header_value(raw: str | bytes) -> str:
    """An unfolded, decoded header value (RFC 2047 words in any charset, or raw 8-bit text)."""
    text = bytes_to_text(raw, None) if isinstance(raw, bytes) else raw
    if "\n" in text and "=?" in text:
        text = _FOLDED_WORD.sub(_rejoined, text)
    text = re.sub(r"\r?\n[ \t]", " ", text)
    if "=?" not in text or not _ENCODED_WORD.search(text):
        return " ".join(text.split())
    if not text.isascii():
        # Raw 8-bit text beside encoded words: decode_header would turn each character of it
        # outside Latin-1 into a "\\uXXXX" escape (a gateway's "【外部】" tag, cp1252 quotes).
        return " ".join(_decode_words(text).split())
    try:
        parts = decode_header(text)
    except (ValueError, LookupError, AssertionError, HeaderParseError, binascii.Error):
        # A broken encoded word (bad base64, say) fails the whole header: the others are read
        # one by one, so a gateway's broken tag does not hide the title after it.
        return " ".join(_decode_words(text).split())
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(bytes_to_text(chunk, charset))
        else:
            out.append(chunk)
    # decode_header keeps the whitespace between encoded and plain words in the plain chunks.
    return " ".join("".join(out).split())


# An encoded word a client folded in its middle, as some fold a long subject at a set width
# (an encoded word has no blank in it: the fold's is none of its text).
_FOLDED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*(?:\r?\n[ \t]+[^?\s]*)+\?=")
_FOLD_BLANKS = re.compile(r"\r?\n[ \t]+")


def _rejoined(word: re.Match[str]) -> str:
    return _FOLD_BLANKS.sub("", word.group())


_WORD_PARTS = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")


def _decode_words(text: str) -> str:
    """``text`` with each RFC 2047 word decoded that can be, the others kept as written.
    Adjacent words of one charset are decoded together (a character may be split between
    them), and the blanks between encoded words dropped, as RFC 2047 (6.2) says."""
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset: str | None = None
    position = 0
    for word in _WORD_PARTS.finditer(text):
        between = text[position : word.start()]
        if between and not (between.isspace() and (pending or out[-1:] == [" "])):
            if pending:
                out.append(bytes_to_text(b"".join(pending), pending_charset))
                pending = []
            out.append(between)
        position = word.end()
        charset = word.group(1).partition("*")[0]  # (RFC 2231's "*language")
        data = _word_payload(word.group(2), word.group(3))
        if data is None:  # kept as written, a word apart
            if pending:
                out.append(bytes_to_text(b"".join(pending), pending_charset))
                pending = []
            out += [" ", word.group(), " "]
            continue
        if pending and charset.casefold() != (pending_charset or "").casefold():
            out.append(bytes_to_text(b"".join(pending), pending_charset))
            pending = []
        pending.append(data)
        pending_charset = charset
    if pending:
        out.append(bytes_to_text(b"".join(pending), pending_charset))
    out.append(text[position:])
    return "".join(out)


def _word_payload(kind: str, payload: str) -> bytes | None:
    """An encoded word's bytes; None when they cannot be had. A base64 word with one
    character too many (a 6-bit stub, no byte's worth) reads without it."""
    raw = payload.encode("ascii", "replace")
    if kind in ("q", "Q"):
        return binascii.a2b_qp(raw, header=True)
    if len(raw.rstrip(b"=")) % 4 == 1:
        raw = raw.rstrip(b"=")[:-1]
    try:
        return base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except binascii.Error:
        return None


def bytes_to_text(data: bytes, declared: str | None) -> str:
    """Text from bytes, by the declared charset where it fits, never raising (see
    ``decode_bytes``)."""
    return decode_bytes(data, declared)[0]


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, bool]:
    """Text from bytes, by the declared charset where it fits, never raising; and whether it
    was read by a guess (the label is wrong, or there is none for 8-bit text).

    Labels read as the WHATWG Encoding Standard says browsers and mail readers do: a
    legacy label as the charset its writers really use (Shift_JIS as Windows-31J, GB2312 as
    GB18030, Big5 as HKSCS ...), Latin-1 and ASCII as Windows-1252. A declared Latin-1/ASCII
    that is really UTF-8 (a common mislabel in saved copies) reads as UTF-8. Chinese, Japanese
    or Korean text with no label or ASCII's (see ``cjk``) reads in its charset where that is
    clear.
    """
    charset = _known_charset(declared)
    if data.isascii() and charset not in _SEVEN_BIT_CHARSETS:
        if charset in _UNLABELLED and b"\x1b$" in data:  # (one memchr in every ASCII part)
            seven_bit = _seven_bit_cjk(data)
            if seven_bit is not None:
                return seven_bit, True
        return data.decode("ascii"), False
    other = _other_cyrillic_charset(data, charset)
    if other is not None:
        return data.decode(other), True
    if charset and charset not in _WEAK_DECLARATIONS:
        text = _decode_as(data, charset)
        if text is not None:
            return text, False
    try:
        return data.decode("utf-8"), charset == "ascii"
    except UnicodeDecodeError:
        pass
    script = _one_byte_script(data)
    if script is not None:
        return data.decode(script), True
    if charset in _UNLABELLED:
        cjk = cjk_text(data)
        if cjk is not None:
            return cjk, True
    fallback = "cp1252" if charset is None else _WEAK_DECLARATIONS.get(charset)
    # Bytes Latin-9 leaves to control characters: Windows-1252's quotes and dashes, mislabelled.
    mislabelled = fallback == "iso8859-15" and _C1_BYTES.search(data) is not None
    if mislabelled:
        fallback = "cp1252"
    central = _central_european(data) if fallback == "cp1252" else None
    if central is not None:
        return data.decode(central), True
    if fallback is not None:
        try:
            # A Western name in a copy without a label is a guess too (a likely one).
            return data.decode(fallback), charset is None or charset == "ascii" or mislabelled
        except UnicodeDecodeError:
            pass
    return _mixed_utf8(data), True


# No label, or one that cannot be right for 8-bit (or escaped) text: CJK text is looked for.
_UNLABELLED = (None, "ascii")
_ISO_2022_KR = b"\x1b$)C"  # (its designation, at the start of the text)


def _seven_bit_cjk(data: bytes) -> str | None:
    """ASCII ``data`` with ISO-2022-JP's or ISO-2022-KR's escapes, read in that charset; None
    where it has none, or is not in it."""
    try:
        if b"\x1b$B" in data or b"\x1b$@" in data:
            return _iso_2022_jp(data)
        if _ISO_2022_KR in data:
            return data.decode("iso2022_kr")
    except UnicodeDecodeError:
        return None
    return None


# How writers really use legacy labels (the WHATWG Encoding Standard's table): a decoder of
# the base charset fails on the whole part at the first of the superset's characters (髙橋,
# 박똠, 张镕, 林堃), and every name would then be read by a guess.
_SUPERSETS = {
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
}
# Labels Python has no codec under, and the charset each names.
_OTHER_LABELS = {
    "iso-8859-8-i": "iso8859-8",
    "iso-8859-8-e": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "logical": "iso8859-8",
    "visual": "iso8859-8",
    "windows-874": "cp874",
    "dos-874": "cp874",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "x-euc-tw": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "x-user-defined": "cp1252",
    "unknown-8bit": None,
    "x-unknown": None,
}
_WINDOWS_SPELLING = re.compile(r"^(?:x-)?(?:cp|win|windows)[-_ ]?(\d{3,4})$")
# Charsets whose text may be all 7-bit bytes that ASCII would misread.
_SEVEN_BIT_CHARSETS = frozenset({"iso2022_jp", "iso2022_kr", "utf-7", "utf-16", "utf-32",
                                 "utf-16-be", "utf-16-le", "utf-32-be", "utf-32-le"})  # fmt: skip
# ISO 8859 text with C1 control characters (0x80-0x9F), which no name holds, is text in the
# Windows charset of its script under the ISO label (a common mislabel: Polish, Czech).
_WINDOWS_OF = {
    "iso8859-2": "cp1250",
    "iso8859-4": "cp1257",
    "iso8859-7": "cp1253",
    "iso8859-8": "cp1255",
    "iso8859-9": "cp1254",
    "iso8859-13": "cp1257",
}
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_C1_BYTES = re.compile(b"[\x80-\x9f]")


def _decode_as(data: bytes, charset: str) -> str | None:
    """``data`` read in ``charset`` (None: it cannot be), as writers of that charset mean it."""
    try:
        if charset == "iso2022_jp":
            return _iso_2022_jp(data)
        if charset == "utf-16" and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode(_utf16_order(data))
        text = data.decode(charset)
    except UnicodeDecodeError:
        return None  # mislabelled: the fallbacks read it
    windows = _WINDOWS_OF.get(charset)
    if windows is not None and _C1_CONTROLS.search(text):
        try:
            return data.decode(windows)
        except UnicodeDecodeError:
            return text
    return text


def _utf16_order(data: bytes) -> str:
    """UTF-16 without a byte order mark: big-endian, as RFC 2781 says, unless its zero bytes
    (the high bytes of ASCII characters) stand second, as Windows writes it."""
    zeros_first = data[0::2].count(0)
    zeros_second = data[1::2].count(0)
    return "utf-16-le" if zeros_second > zeros_first else "utf-16-be"


_ISO_2022_JP_MODE = re.compile(rb"\x1b(\$[@B]|\([BJI])")


def _iso_2022_jp(data: bytes) -> str:
    """ISO-2022-JP as Windows writes it (CP50220: the NEC and IBM rows inside JIS X 0208's
    escapes, 髙 or ㈱), read as WHATWG does: each JIS pair as its Shift_JIS bytes in
    Windows-31J. Raises UnicodeDecodeError where it is not ISO-2022-JP."""
    out = bytearray()
    mode = b"(B"
    position = 0
    for escape in [*_ISO_2022_JP_MODE.finditer(data), None]:
        end = escape.start() if escape is not None else len(data)
        out += _from_jis(data[position:end], mode)
        if escape is not None:
            mode, position = escape.group(1), escape.end()
    return bytes(out).decode("cp932")


def _from_jis(chunk: bytes, mode: bytes) -> bytes:
    if mode == b"(I":  # half-width katakana
        return bytes(byte + 0x80 if 0x21 <= byte <= 0x5F else byte for byte in chunk)
    if mode not in (b"$@", b"$B"):
        if b"\x1b" in chunk:
            raise UnicodeDecodeError("iso2022_jp", chunk, 0, 1, "an escape not of ISO-2022-JP")
        return chunk
    out = bytearray()
    pairs = chunk.replace(b"\r", b"").replace(b"\n", b"")
    if len(pairs) % 2 or any(not 0x21 <= byte <= 0x7E for byte in pairs):
        raise UnicodeDecodeError("iso2022_jp", chunk, 0, len(chunk), "not JIS X 0208 pairs")
    for index in range(0, len(pairs), 2):
        first, second = pairs[index], pairs[index + 1]
        if first % 2:
            low = second + 0x1F + (1 if second >= 0x60 else 0)
        else:
            low = second + 0x7E
        out += bytes([(first + 1) // 2 + (0x70 if first <= 0x5E else 0xB0), low])
    return bytes(out)


# Russian and other Cyrillic text in a one-byte charset, mislabelled: its letters are bytes
# 0xC0-0xFF, whole words of them (Western text has an accented letter here and there); which
# charset, the letters' frequencies tell (not their case: a name may be in capitals).
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
_MIN_HIGH_BYTES = 16


def _cyrillic_codec(data: bytes) -> str | None:
    """ "cp1251" or "koi8_r" when ``data``, not UTF-8, reads as Cyrillic text in one, else None."""
    script = _one_byte_script(data)
    return script if script in ("cp1251", "koi8_r") else None


def _one_byte_script(data: bytes) -> str | None:
    """The one-byte charset in which ``data``, not UTF-8, reads as text of a non-Latin script
    (Cyrillic, Arabic, Greek, Hebrew), else None. Such text has its letters in bytes 0xC0-0xFF,
    whole words of them (Western text has an accented letter here and there); which charset,
    the letters' frequencies tell (not their case: a name may be in capitals). Each charset
    decodes almost any bytes, so a charset is taken only where its script's common letters make
    most of the text (Arabic read as Cyrillic is a jumble in which they are few), and only
    where it has every byte (Windows-1255 leaves some undefined)."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high < _MIN_HIGH_BYTES:
        return None
    in_words = sum(len(run) for run in _HIGH_RUN.findall(data))
    if in_words < 0.8 * high:
        return None
    letters = data.translate(None, _NOT_LETTER_BYTES)
    if len(letters) < 0.8 * high:
        return None
    shares = {
        charset: _common_letter_share(letters.decode(charset, "replace"), common)
        for charset, common in _COMMON_LETTERS.items()
    }
    best = max(shares, key=lambda charset: shares[charset])
    if shares[best] < _MIN_COMMON_SHARE:
        return None
    try:
        data.decode(best)
    except UnicodeDecodeError:
        return None  # a byte its charset does not have: not text in it after all
    return best


# The commonest letters of each script's text (names too): about four in five of its letters.
# Read in another charset, its letters are a jumble in which these are about one in three.
_COMMON_LETTERS = {
    "cp1251": frozenset("оеаинтсрвлкмдпу"),
    "koi8_r": frozenset("оеаинтсрвлкмдпу"),
    "cp1256": frozenset("اليمونرهتبعدسفكقح"),
    "cp1253": frozenset("αοιετσνηυρπκμλωάίό"),
    "cp1255": frozenset("יוהלארמבנשתדעכקח"),
}
_MIN_COMMON_SHARE = 0.55


def _common_letter_share(letters: str, common: frozenset[str]) -> float:
    folded = letters.casefold()
    return sum(1 for ch in folded if ch in common) / max(1, len(folded))


# Polish, Czech, Slovak ... text in ISO-8859-2 or Windows-1250 under a Western label: most of
# its letters are Western ones too, or other letters in the same bytes ("Dvořák" reads as
# "Dvoøák", a Nordic-looking name), so only bytes that are letters there and signs in
# Windows-1252 tell, where they stand as letters do: "Ko³odziej", "£ukasz", "Pawe³", "®ák".
_CENTRAL_EUROPEAN = ("iso8859-2", "cp1250")
_SIGN_BYTES = re.compile(rb"[\x8a-\x9f\xa1-\xbf]")  # signs in Windows-1252, letters in one
# Opening "¿", "¡", "«" and a closing "»", "®" stand by a word in Western text.
_NOT_BEFORE_A_WORD = frozenset("¿¡«")
_NOT_AFTER_A_WORD = frozenset("»®©™°")
_MIN_SIGNS_IN_WORDS = 2
# Letters that read as other letters (č as è, ř as ø) are many in Central European text, but
# far fewer than its signs in words; Western text with a stray sign has mostly those.
_LETTERS_PER_SIGN = 4


def _central_european(data: bytes) -> str | None:
    """ "iso8859-2", "cp1250" or "iso8859-16" when ``data``, not UTF-8, under a Western label
    or none, is Central European text in one, by strong evidence only: its signs in words, or
    its words' letters; else None (Windows-1252 stays)."""
    by_signs = _central_european_by_signs(data)
    return by_signs if by_signs is not None else _central_european_by_words(data)


def _central_european_by_signs(data: bytes) -> str | None:
    if _SIGN_BYTES.search(data) is None:
        return None
    western = data.decode("cp1252", "replace")  # (one character a byte, as every reading)
    high = [match.start() for match in re.finditer(rb"[\x80-\xff]", data)]
    signs = _signs_in_words(western, high)
    if len(signs) < _MIN_SIGNS_IN_WORDS:
        return None
    best, best_letters = None, _MIN_SIGNS_IN_WORDS - 1
    for charset in _CENTRAL_EUROPEAN:
        try:
            reading = data.decode(charset)
        except UnicodeDecodeError:  # (Windows-1250 leaves five bytes undefined)
            continue
        if any(western[i].isalpha() for i in _signs_in_words(reading, high)):
            continue  # Western letters that read as signs: Western text
        letters = sum(1 for i in signs if reading[i].isalpha())
        other = sum(
            1
            for i in high
            if western[i] != reading[i] and western[i].isalpha() and reading[i].isalpha()
        )
        if letters > best_letters and letters * _LETTERS_PER_SIGN >= other:
            best, best_letters = charset, letters
    return best


def _signs_in_words(text: str, positions: list[int]) -> list[int]:
    """Those of ``positions`` where ``text`` has a sign (not a letter: "³" and "¼" are digits)
    that stands as a letter does: inside a word, before a word's small letters, or after its
    last ones."""
    found = []
    for i in positions:
        sign = text[i]
        if sign.isalpha() or sign.isspace():
            continue
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        if (
            (before.isalpha() and after.isalpha())
            or (after.islower() and not before.isalnum() and sign not in _NOT_BEFORE_A_WORD)
            or (
                before.islower()
                and text[i - 2 : i - 1].isalpha()
                and not after.isalnum()
                and sign not in _NOT_AFTER_A_WORD
            )
        ):
            found.append(i)
    return found


# Czech, Slovak, Hungarian, Romanian ... in Windows-1250 (or Latin-2, Latin-10) have letters
# that are other letters in Windows-1252 (ř as ø, č as è, ő as õ, ş as º): a word tells which
# reading is right where only one of them is a word of some language, by its letters beyond
# ASCII: "Kučerová" (Czech) or "Kuèerová" (è and á: no Western language has both); "Ødegård"
# (Danish) or "Řdegĺrd" (ř and ĺ: no Central European one). Words that are one in both
# ("Dvořák" and "Dvoøák", Faroese) tell nothing.
_WESTERN_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "äöüß",  # German
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúü",  # Spanish, Galician, Basque
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "àçèéíïòóúü",  # Catalan
        "éèëïóöü",  # Dutch
        "æøåé",  # Danish, Norwegian
        "åäöé",  # Swedish
        "åäöšž",  # Finnish
        "áðéíóúýþæö",  # Icelandic
        "áðíóúýæø",  # Faroese
        "äõöüšž",  # Estonian
        "âêîôûáéíóú",  # Welsh, Irish
        "äëéèöü",  # Luxembourgish
        "éèêëîïôû",  # Afrikaans
        "çë",  # Albanian
    )
)
_CENTRAL_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Slovene, Croatian, Bosnian
        "ăâîşţșț",  # Romanian
        "äöüß",  # German
        "çë",  # Albanian
    )
)
_HIGH_WORD = re.compile(rb"[A-Za-z]*[\x80-\xff][A-Za-z\x80-\xff]*")
_MIN_WORD_LETTERS = 3  # "Nº", "1ª" and "µm" are no words
_MIN_WORDS = 2
_WORDS_PER_WESTERN_WORD = 4  # (one Western word among many Central European ones: a stray)


def _central_european_by_words(data: bytes) -> str | None:
    """The Central European charset whose reading has words of a Central European language
    where the Western reading has none of a Western one, and not the other way round."""
    words = set(_HIGH_WORD.findall(data))
    best, best_votes = None, _MIN_WORDS - 1
    for charset in (*_CENTRAL_EUROPEAN, "iso8859-16"):
        central = western = 0
        for word in words:
            reading, as_western = word.decode(charset, "replace"), word.decode("cp1252", "replace")
            # Signs by a word ("«Bonjour»", "Windows®") are told by their places (see
            # ``_signs_in_words``); a byte Windows-1252 lacks (ť in Windows-1250) is no sign.
            if reading == as_western or not as_western.replace("\ufffd", "a").isalpha():
                continue
            in_central = _in_alphabets(reading, _CENTRAL_ALPHABETS)
            if in_central != _in_alphabets(as_western, _WESTERN_ALPHABETS):
                central, western = central + in_central, western + (not in_central)
        if central > best_votes and central >= _WORDS_PER_WESTERN_WORD * western:
            try:
                data.decode(charset)
            except UnicodeDecodeError:  # (Windows-1250 leaves five bytes undefined)
                continue
            best, best_votes = charset, central
    return best


def _in_alphabets(word: str, alphabets: tuple[frozenset[str], ...]) -> bool:
    """Whether ``word`` is letters, its letters beyond ASCII all of one of the ``alphabets``."""
    if len(word) < _MIN_WORD_LETTERS or not word.isalpha():
        return False
    beyond = {char for char in word.lower() if not char.isascii()}
    return any(beyond <= alphabet for alphabet in alphabets)


_CYRILLIC_ONE_BYTE = {"cp1251": "cp1251", "koi8-r": "koi8_r", "koi8-u": "koi8_r"}


def _other_cyrillic_charset(data: bytes, charset: str | None) -> str | None:
    """The other of Windows-1251 and KOI8-R when ``data`` is labelled one and reads as Cyrillic
    text in the other (a copy re-encoded without its label changed): each decodes any bytes,
    so only the shape of the text tells. Else None."""
    family = _CYRILLIC_ONE_BYTE.get(charset or "")
    if family is None:
        return None
    guessed = _cyrillic_codec(data)
    return guessed if guessed is not None and guessed != family else None


_HIGH_BYTES = bytes(range(0x80, 0x100))
_NOT_LETTER_BYTES = bytes(range(0xC0))


def declared_charset_wrong(part: Message) -> str | None:
    """The charset a text part declares when its text was read by a guess (its bytes cannot
    be in it: not UTF-8 under a UTF-8 label, 8-bit bytes under ASCII, KOI8-R text under
    Windows-1251 ...), "" when it declares none for 8-bit text; else None."""
    _text, guessed = _part_text(part)
    if not guessed:
        return None
    return declared_charset(part) or ""


_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")


def _mixed_utf8(data: bytes) -> str:
    """UTF-8 where the bytes are UTF-8, Windows-1252 where they are not: text pasted from
    another program into a UTF-8 body ("O\x92Brien" beside "Müller"), or a Windows-1252 copy
    labelled UTF-8. Reading the whole body as Latin-1 instead would garble every other name."""
    text = data.decode("utf-8", errors="surrogateescape")
    return _ESCAPED_BYTES.sub(_as_windows_1252, text)


def _as_windows_1252(escaped: re.Match[str]) -> str:
    raw = bytes(ord(ch) - 0xDC00 for ch in escaped.group())
    # The five bytes Windows-1252 leaves undefined read as Latin-1 (C1 controls), as WHATWG says.
    return "".join(
        chr(byte) if byte in _UNDEFINED_IN_1252 else bytes([byte]).decode("cp1252") for byte in raw
    )


_UNDEFINED_IN_1252 = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _known_charset(declared: str | None) -> str | None:
    """The codec a label means, as its writers use it; None for none or one unknown."""
    if not declared:
        return None
    name = declared.strip().strip('"').strip().casefold()
    name = _WINDOWS_SPELLING.sub(r"cp\1", name)  # "cp-1252", "win-1251", "x-cp1250"
    if name in _OTHER_LABELS:
        name = _OTHER_LABELS[name] or ""
    try:
        charset = codecs.lookup(name).name if name else None
    except (LookupError, ValueError):  # unknown, or not even a name ("utf-8\0")
        return None
    return _SUPERSETS.get(charset or "", charset)


def part_text(part: Message) -> str:
    """The decoded text of a leaf part: transfer encoding, then charset."""
    return _part_text(part)[0]


def _part_text(part: Message) -> tuple[str, bool]:
    """A leaf part's text, and whether its charset was guessed (worked out once a part)."""
    if part in _TEXTS:
        return _TEXTS[part]
    encoding = part.get("content-transfer-encoding")
    if encoding is not None and str(encoding) != str(encoding).strip():
        # "quoted-printable " with a blank: the email package would not decode it.
        part.replace_header("content-transfer-encoding", str(encoding).strip())
    payload = decoded_payload(part)
    if payload is None:
        raw = part.get_payload()
        result = (raw if isinstance(raw, str) else "", False)
        _TEXTS[part] = result
        return result
    charset = declared_charset(part)
    meta = None
    if part.get_content_type() == "text/html":
        if str(encoding or "").strip().casefold() in _UNENCODED:
            payload = rejoin_mta_breaks(payload)
        meta = _meta_charset(payload)
        if charset is None:
            charset = meta
    if charset is not None and _utf8_labelled_otherwise(payload, charset):
        # Bytes that read as UTF-8 are UTF-8: no other charset's text of any length does by
        # chance. A body converted to UTF-8 that kept its old label (a gateway, a client
        # that re-encodes; a page that kept its old <meta>) would otherwise be garbled.
        charset = "utf-8"
    text, guessed = decode_bytes(payload, charset)
    if guessed and meta is not None and meta != charset:
        # The MIME label is wrong (a gateway relabelled the part): the page's own may be right.
        in_meta, meta_guessed = decode_bytes(payload, meta)
        if not meta_guessed:
            text = in_meta
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # Decomposed letters (macOS, Windows-1258 Vietnamese) as one: the same name compares,
        # hashes and shows alike, whoever's copy it came from.
        text = unicodedata.normalize("NFC", text)
    _TEXTS[part] = (text, guessed)
    return text, guessed


def declared_charset(part: Message) -> str | None:
    """The charset a part's Content-Type names, also as an RFC 2231 parameter
    (``charset*=''utf-8``, ``charset*=us-ascii'ko'euc-kr``), lower-cased; None for none."""
    value = part.get_param("charset")
    if isinstance(value, tuple):
        value = collapse_rfc2231_value(value)
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().lower()


_TEXTS: weakref.WeakKeyDictionary[Message, tuple[str, bool]] = weakref.WeakKeyDictionary()


_UNENCODED = {"", "7bit", "8bit", "binary"}
# A line this long was cut by a mail server, which may write no line over 998 bytes (RFC 5321):
# Postfix goes on in a line that begins with a space, sendmail ends the cut line with "!", others
# just break it. HTML generators write whole documents on one line, and quoted-printable or
# base64 would have kept them whole.
_CUT_MIN, _CUT_MAX, _CUT_AT = 985, 1000, 998


def rejoin_mta_breaks(data: bytes) -> bytes:
    """Unencoded text with the lines a mail server cut at its length limit joined again: a
    cut in an address or inside a UTF-8 character would otherwise garble it."""
    if len(data) < _CUT_MIN:
        return data
    split = data.split(b"\n")
    if max(map(len, split)) < _CUT_MIN:  # (a split is many times faster than a regex here)
        return data
    crlf = b"\r\n" in data
    lines = [line.removesuffix(b"\r") if crlf else line for line in split]
    long = [
        i
        for i, line in enumerate(lines[:-1])
        if _CUT_MIN <= len(line) <= _CUT_MAX and not line.endswith(b"!")
    ]
    # Postfix begins every line it goes on in with a space; a server that just breaks lines
    # leaves a space there only where the text had one.
    postfix = bool(long) and all(lines[i + 1].startswith(b" ") for i in long)
    out: list[bytes] = []
    goes_on = ""  # how the line before was cut: "" not cut, "plain", or "space" (Postfix)
    for index, line in enumerate(lines):
        piece = line[1:] if goes_on == "space" else line
        cut = ""
        if index + 1 < len(lines) and _CUT_MIN <= len(line) <= _CUT_MAX:
            if line.endswith(b"!"):
                piece, cut = piece[:-1], "plain"  # sendmail's mark
            elif postfix:
                cut = "space"
            elif len(line) == _CUT_AT:
                cut = "plain"
        if goes_on:
            out[-1] += piece
        else:
            out.append(piece)
        goes_on = cut
    return (b"\r\n" if crlf else b"\n").join(out)


# Blanks at a line's end are not the text's: RFC 2045 (6.7) has a decoder drop them, since
# mail transports add some; left there, "=" followed by one is no soft line break, and an
# address cut there keeps its "=": "regist= ry.an".
_TRAILING_BLANKS = re.compile(rb"[ \t]+(?=\r?\n|\Z)")


def decoded_payload(part: Message) -> bytes | None:
    """A leaf part's bytes, its transfer encoding undone (None: it holds no bytes). Decoded
    once per part: its text and the check of its charset both ask."""
    if part in _DECODED:
        return _DECODED[part]
    encoding = str(part.get("content-transfer-encoding") or "").strip().casefold()
    decoded = None
    if encoding == "quoted-printable" and not part.is_multipart():
        decoded = _quoted_printable(part)
    if decoded is None:  # (the email package's own decoding: not QP, or QP it alone reads)
        payload: Any = part.get_payload(decode=True)
        decoded = payload if isinstance(payload, bytes) else None
    _DECODED[part] = decoded
    return decoded


_DECODED: weakref.WeakKeyDictionary[Message, bytes | None] = weakref.WeakKeyDictionary()


def _quoted_printable(part: Message) -> bytes | None:
    """A QP part's bytes, or None where its raw text cannot be had (8-bit bytes under a
    charset name the email package refuses, an RFC 2231 charset)."""
    try:
        raw = part.get_payload()
    except (ValueError, LookupError, TypeError):
        return None
    if not isinstance(raw, str):
        return None
    data = raw.encode("utf-8", "surrogateescape")
    if b" \n" in data or b"\t\n" in data or b" \r\n" in data or b"\t\r\n" in data:
        data = _TRAILING_BLANKS.sub(b"", data)  # (rare: encoders write a final blank as =20)
    return quopri.decodestring(data)


def _utf8_labelled_otherwise(data: bytes, declared: str) -> bool:
    charset = _known_charset(declared)
    if charset is None or charset.startswith(("utf-", "utf_")) or data.isascii():
        return False  # (UTF-16 and UTF-32 text may be valid UTF-8: its bytes are mostly ASCII)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">,
# where browsers look for it: in the first KiB of the document.
_META_CHARSET = re.compile(
    rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE
)
_META_WITHIN = 4096  # (browsers look in the first KiB; Word's and Outlook's styles come first)


def _meta_charset(html: bytes) -> str | None:
    """The charset an HTML part names for itself, when its MIME header names none."""
    match = _META_CHARSET.search(html, 0, _META_WITHIN)
    return None if match is None else match.group(1).decode("ascii")


def unflow(text: str, *, delsp: bool) -> str:
    """The text of a ``format=flowed`` part (RFC 3676) with its soft line breaks joined: a
    line that ends in a space goes on in the next one (less that space with ``delsp``), at
    the same quote depth; a leading space that protects a line is dropped."""
    out: list[str] = []
    paragraph = ""
    depth = -1  # quote depth of the paragraph being joined; -1: none open
    for line in text.replace("\r\n", "\n").split("\n"):
        quotes = len(line) - len(line.lstrip(">"))
        content = line[quotes:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        if depth >= 0 and quotes != depth:  # a paragraph without its last line: close it
            out.append(">" * depth + paragraph)
            paragraph, depth = "", -1
        flowed = content.endswith(" ") and content != "-- "
        if flowed:
            paragraph += content[:-1] if delsp else content
            depth = quotes
        else:
            out.append(">" * quotes + paragraph + content)
            paragraph, depth = "", -1
    if depth >= 0:
        out.append(">" * depth + paragraph)
    return "\n".join(out)


def header_values(message: Message, name: str) -> list[str]:
    values = message.get_all(name) or []
    return [decode_header_value(_raw_value(v)) for v in values]


def _raw_value(value: object) -> str | bytes:
    """A header value as it came: the parser wraps one with 8-bit bytes (raw UTF-8, RFC 6532)
    in a ``Header`` whose ``str`` would replace them; its chunks still hold the bytes."""
    if not isinstance(value, Header):
        return str(value)
    try:
        chunks = decode_header(value)
    except (ValueError, LookupError, HeaderParseError):
        return str(value)
    return b"".join(c if isinstance(c, bytes) else c.encode("utf-8") for c, _charset in chunks)
