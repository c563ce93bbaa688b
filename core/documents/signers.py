"""Who signs a notice, an invitation or a report, and how the block is worded (NĐ 30 / HD 36).

Pure text: the service finds the signer's role in the committee on the document's day, this
module turns (style, committee, role, authority) into the lines printed.
"""
from __future__ import annotations

import re

from core.documents import phrases as ph
from core.documents.model import Signature

AUTHORITIES = ("TM", "KT", "TL", "TUQ", "Q")


def collective(committee_name: str, issuing_body: str | None = None) -> str:
    """"BAN CHỈ ĐẠO", "TIỂU BAN", "HỘI ĐỒNG": the committee as the body it signs for."""
    name = committee_name.casefold()
    for start, word, _head in ph.COLLECTIVES:
        if name.startswith(start):
            return word
    return (issuing_body or committee_name).upper()


def head_title(collective_word: str) -> str:
    """The head's title: TRƯỞNG BAN, TRƯỞNG TIỂU BAN, CHỦ TỊCH."""
    for _start, word, head in ph.COLLECTIVES:
        if word == collective_word:
            return head
    return ph.HEAD_TITLE_DEFAULT


def committee_title(role: str, collective_word: str) -> str:
    """The role as printed: "Phó Trưởng ban thường trực" of a Tiểu ban is "PHÓ TRƯỞNG TIỂU BAN
    THƯỜNG TRỰC"; a role that names its committee already is kept."""
    title = " ".join(role.split()).upper()
    if collective_word == "TIỂU BAN" and "TIỂU BAN" not in title:
        title = title.replace("TRƯỞNG BAN", "TRƯỞNG TIỂU BAN")
    return title


def rank_of(role: str | None) -> str:
    """"head", "deputy" or "other" (an office, a member, no seat at all)."""
    text = (role or "").casefold().strip()
    if text.startswith(ph.DEPUTY_WORDS):
        return "deputy"
    if text.startswith(ph.HEAD_WORDS):
        return "head"
    return "other"


def default_authority(role: str | None) -> str:
    """The head signs for the collective (TM.), a deputy in the head's stead (KT.), anyone else
    by order (TL.)."""
    return {"head": "TM", "deputy": "KT"}.get(rank_of(role), "TL")


def authority_line(style: str, code: str, collective_word: str) -> str:
    """"TM. BAN CHỈ ĐẠO", "K/T TRƯỞNG TIỂU BAN", "TL. TRƯỞNG BAN"."""
    word = ph.AUTHORITY_WORDS[style][code]
    target = collective_word if code == "TM" else head_title(collective_word)
    return f"{word} {target}"


def authority_choices(style: str, collective_word: str) -> list[str]:
    """The authority lines a user may pick for this committee, in its style only."""
    return [authority_line(style, code, collective_word) for code in AUTHORITIES[:3]]


_ANY_WORD = re.compile(r"^\s*(T/M|TM\.?|K/T|KT\.?|T/L|TL\.?|T/UQ|TUQ\.?|Q\.)\s*", re.IGNORECASE)


def in_style(authority: str, style: str) -> str:
    """An authority line typed in either style, written in ``style``: "T/M BAN CHỈ ĐẠO" on a
    state document becomes "TM. BAN CHỈ ĐẠO"."""
    found = _ANY_WORD.match(authority)
    if not found:
        return authority.strip()
    key = found[1].upper().replace("/", "").rstrip(".")
    word = ph.AUTHORITY_WORDS[style].get(key)
    return f"{word} {authority[found.end():].strip()}".strip() if word else authority.strip()


def signature(*, style: str, collective_word: str, name: str, role: str | None,
              own_post: str | None = None, authority: str | None = None,
              with_own_post: bool = False) -> Signature:
    """The block for ``name`` holding ``role`` in the committee on the day.

    ``authority``: "TM", "KT", "TL", "TUQ", "Q", "" for no authority line, None for the default
    of the role. The title is the role in the committee (a deputy signs KT. with his own title);
    someone without a head's or deputy's seat signs with his own post (CHÁNH VĂN PHÒNG).
    ``with_own_post`` adds the post in his own agency under a committee title.
    """
    code = default_authority(role) if authority is None else authority
    line = authority_line(style, code, collective_word) if code else None
    rank = rank_of(role)
    post = own_post.strip().upper() if own_post and own_post.strip() else None
    if rank == "other":
        title = post or (role or "").upper()
        post = None
    else:
        title = committee_title(role or "", collective_word)
        post = post if with_own_post else None
    return Signature(title=title, name=name, authority=line, post=post)
