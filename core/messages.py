"""What the program tells the user: a code and its values, said in words only at the edge.

Core never builds a sentence for the user. It hands over a :class:`Message` (a code and the
values that explain it: names, dates, counts as ints, other messages); the window and the command
line turn it into words with :func:`render`, the command line in Vietnamese straight from the
catalogue (:mod:`core.catalog`), the window through Qt's translations (English in
``thuky_en.ts``, made from the catalogue by ``tools/update_translations.py``).

Rules of the catalogue:

- values are filled in with ``str.format``; keep the placeholder names in step with the code that
  makes the message;
- a sentence that counts something holds ``%n`` and takes the count as the value ``n``: Qt picks
  the plural form ("1 task", "2 tasks"; Vietnamese has one form);
- a value that is a word of the program (a field's label, a kind of record, a status) is
  translated too: the values named ``field`` and ``kind`` always, others when wrapped in
  :class:`Word`; every such word is listed in ``core.catalog.WORDS``;
- a value that is a :class:`Message` (or a tuple of them, joined by commas) is rendered first.

Documents' own text (minutes, notices, the Excel forms) is not a message: it stays Vietnamese.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from core.catalog import SENTENCES

#: Values named so are words of the program, translated with the sentence.
WORD_KEYS = ("field", "kind")


class Word(str):
    """A word of the program (not the user's data) put into a message: translated with it."""

    __slots__ = ()


@dataclass(frozen=True, eq=True)
class Message:
    """Something to tell the user: ``code`` picks the sentence, ``values`` fill it."""

    code: str
    values: Mapping[str, object]

    def __init__(self, code: str, /, **values: object) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "values", MappingProxyType(values))

    def __str__(self) -> str:
        return render(self)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.values.items()))))


Sentence = Callable[[str, int], str]   # (Vietnamese template, count or -1) -> template to fill
Wording = Callable[[str], str]         # a word of the program -> the word to show


def vietnamese(template: str, n: int) -> str:
    """The template as declared, with the count in place of ``%n``."""
    return template.replace("%n", str(n)) if n >= 0 else template


def as_is(word: str) -> str:
    return word


def count_of(message: Message) -> int:
    """The count a plural sentence is chosen by (-1: the sentence counts nothing)."""
    n = message.values.get("n")
    return n if isinstance(n, int) and not isinstance(n, bool) else -1


def render(message: Message, sentence: Sentence = vietnamese, word: Wording = as_is) -> str:
    """The message in words: Vietnamese by default; the window passes Qt's translations."""
    template = SENTENCES.get(message.code)
    if template is None:
        return f"{message.code}: {dict(message.values)}"
    values = {key: _value(key, value, sentence, word) for key, value in message.values.items()}
    text = sentence(template, count_of(message))
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return vietnamese(template, count_of(message)).format_map(_Missing(values))


def _value(key: str, value: object, sentence: Sentence, word: Wording) -> object:
    if isinstance(value, Message):
        return render(value, sentence, word)
    if isinstance(value, tuple) and value and all(isinstance(v, Message) for v in value):
        return ", ".join(render(v, sentence, word) for v in value)
    if isinstance(value, Word) or (key in WORD_KEYS and isinstance(value, str)):
        return word(value)
    return value


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
