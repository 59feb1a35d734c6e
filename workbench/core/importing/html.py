"""Web pages saved as .html: the article's text, without navigation and page chrome.

A small readability heuristic on the standard library's parser: navigation,
headers, footers, sidebars and elements named like them are dropped; every
paragraph votes for its parent and grandparent by its length and punctuation
(Chinese prose is punctuation-dense, link lists are not); the best-scored
container, discounted by its share of link text, is the article. This handles the
news and research-site pages analysts save; a maintained library (trafilatura,
readability-lxml) would bring lxml and a dozen packages into the standalone build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..decoding import DecodedText, decode_bytes
from ..errors import InputFileError
from ..translatable import QT_TRANSLATE_NOOP
from .extracted import HTML, ExtractedDocument
from .limits import (
    MAX_DOCUMENT_CHARS,
    MAX_HTML_ELEMENTS,
    MAX_NESTING,
    THE_WEB_PAGE,
    characters_over_limit,
)

_SKIPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source"}
_CHROME_TAGS = {"nav", "header", "footer", "aside", "form", "button", "select", "menu", "dialog"}
_CHROME_NAME = re.compile(
    r"nav|menu|footer|header|sidebar|side-bar|breadcrumb|crumb|comment|share|social|related|"
    r"recommend|hot|rank|advert|\bads?\b|banner|copyright|login|toolbar|pagination|pager|"
    r"subscribe|popup|modal|cookie",
    re.IGNORECASE,
)
_CONTENT_NAME = re.compile(r"article|content|main|post|entry|story|detail|text|body", re.I)
_BLOCKS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "td", "th",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "dt", "dd", "figure",
    "figcaption", "br", "hr", "body",
}  # fmt: skip
_PARAGRAPHS = {"p", "pre", "td", "blockquote", "li", "dd"}
_PUNCTUATION = re.compile(r"[,,。、;;!!??]")
_SPACE = re.compile(r"\s+")
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
_TITLE_SUFFIX = re.compile(r"\s*(?:[_|–—]|\s-\s)\s*")


@dataclass(eq=False)
class _Node:
    tag: str
    name: str  # class and id, where chrome and content are named
    parent: _Node | None
    children: list[_Node | str] = field(default_factory=list)
    score: float = 0.0
    depth: int = 0
    # Filled by _measure: visible characters, those inside links, punctuation marks,
    # over the node's text without page chrome (what _text gives).
    visible: int = 0
    linked: int = 0
    punctuation: int = 0


class _TooLarge(Exception):
    def __init__(self, what: str):  # "elements" or "text"
        self.what = what


class _TreeBuilder(HTMLParser):
    """The page's elements as a tree of :class:`_Node`, at most :data:`MAX_NESTING` deep.

    Elements opened deeper than that are kept at that depth (their text joins the
    deepest element), so that reading the tree never recurses without bound;
    more than :data:`MAX_HTML_ELEMENTS` elements or :data:`MAX_DOCUMENT_CHARS`
    characters of text raise :class:`_TooLarge`.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", "", None)
        self.current = self.root
        self.skipping: list[str] = []
        self.title = ""
        self._in_title = False
        self.elements = 0
        self.characters = 0
        # Tags opened beyond MAX_NESTING and not closed yet, by name.
        self._flattened: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if self.skipping or tag in _SKIPPED:
            if tag in _SKIPPED and tag not in _VOID:
                self.skipping.append(tag)
            return
        if tag in _BLOCKS and self.current.tag == "p":
            self.current = self.current.parent or self.root  # <p> closes at the next block
        self.elements += 1
        if self.elements > MAX_HTML_ELEMENTS:
            raise _TooLarge("elements")
        values = dict(attrs)
        node = _Node(
            tag,
            f"{values.get('class') or ''} {values.get('id') or ''}",
            self.current,
            depth=self.current.depth + 1,
        )
        self.current.children.append(node)
        if tag in _VOID:
            return
        if node.depth > MAX_NESTING:
            self._flattened[tag] = self._flattened.get(tag, 0) + 1
        else:
            self.current = node

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if self._flattened.get(tag):
            self._flattened[tag] -= 1
            return
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self.skipping:
            self.characters += len(data) - sum(map(data.count, " \n\t\r"))
            if self.characters > MAX_DOCUMENT_CHARS:
                raise _TooLarge("text")
            self.current.children.append(data)


def _is_chrome(node: _Node) -> bool:
    return node.tag in _CHROME_TAGS or bool(
        _CHROME_NAME.search(node.name) and not _CONTENT_NAME.search(node.name)
    )


def _text(node: _Node, links_only: bool = False, inside_link: bool = False) -> str:
    parts = []
    for child in node.children:
        if isinstance(child, str):
            if inside_link or not links_only:
                parts.append(child)
        elif not _is_chrome(child):
            parts.append(_text(child, links_only, inside_link or child.tag == "a"))
    return "".join(parts)


def _visible_length(text: str) -> int:
    return len(_SPACE.sub("", text))


def _measure(root: _Node) -> None:
    """Fill every node's visible, linked and punctuation counts in one pass, bottom
    up, so that scoring containers never reads a subtree's text again."""
    order: list[_Node] = []
    pending = [root]
    while pending:
        node = pending.pop()
        order.append(node)
        pending += [child for child in node.children if isinstance(child, _Node)]
    for node in reversed(order):
        visible = linked = punctuation = 0
        for child in node.children:
            if isinstance(child, str):
                visible += _visible_length(child)
                punctuation += len(_PUNCTUATION.findall(child))
            elif not _is_chrome(child):
                visible += child.visible
                linked += child.visible if child.tag == "a" else child.linked
                punctuation += child.punctuation
        node.visible, node.linked, node.punctuation = visible, linked, punctuation


def _link_density(node: _Node) -> float:
    return node.linked / node.visible if node.visible else 1.0


def _walk(node: _Node):
    """The elements under ``node`` in document order, page chrome left out (with a
    stack: nested generators would cost the depth on every step)."""
    pending = [iter(node.children)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
        elif isinstance(child, _Node) and not _is_chrome(child):
            yield child
            pending.append(iter(child.children))


def _best_container(root: _Node) -> _Node | None:
    scored: list[_Node] = []
    for node in _walk(root):
        if node.tag not in _PARAGRAPHS:
            continue
        length = node.visible
        if length < 10:
            continue
        score = 1 + node.punctuation + min(length / 100, 3)
        for share, ancestor in ((1.0, node.parent), (0.5, node.parent and node.parent.parent)):
            if ancestor is not None:
                if ancestor.score == 0:
                    scored.append(ancestor)
                    if _CONTENT_NAME.search(ancestor.name) or ancestor.tag in ("article", "main"):
                        ancestor.score += 5
                ancestor.score += score * share
    if not scored:
        return None
    return max(scored, key=lambda n: n.score * (1 - _link_density(n)))


def _lines(node: _Node, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, str):
            out.append(child)
        elif _is_chrome(child):
            continue
        elif child.tag in _BLOCKS:
            if child.tag in ("ul", "ol", "table") and _link_density(child) > 0.5:
                continue  # a list of links inside the article: "related reading"
            out.append("\n")
            _lines(child, out)
            out.append("\n")
        else:
            _lines(child, out)


def _clean_lines(raw: str) -> list[str]:
    lines = []
    for line in raw.split("\n"):
        line = _SPACE_BETWEEN_CJK.sub("", _SPACE.sub(" ", line).strip())
        if line:
            lines.append(line)
    return lines


def _first(node: _Node, tag: str) -> _Node | None:
    return next((n for n in _walk(node) if n.tag == tag), None)


# A page's own charset declaration, in the head where HTML requires it.
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HEAD_BYTES = 4096


def _decoded_page(path: Path, data: bytes) -> DecodedText:
    """The page's text: its bytes tell the encoding (``decode_bytes``), except UTF-7.

    UTF-7 is plain ASCII bytes, so it reads as UTF-8 and the analyst would get
    ``+ThpXMA-`` for 業務; a page that declares it is decoded as it says (browsers
    refuse UTF-7 because of script injection, which cannot happen here: no script
    of a page runs, its text alone is kept).
    """
    declared = _DECLARED_CHARSET.search(data[:_HEAD_BYTES])
    if declared is None or declared.group(1).lower().replace(b"_", b"-") != b"utf-7":
        return decode_bytes(data, path)
    if not data.strip():
        raise InputFileError(path, QT_TRANSLATE_NOOP("InputFile", "the file is empty"))
    try:
        return DecodedText(data.decode("utf-7"), "utf-7")
    except UnicodeDecodeError as error:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile", "the page says it is UTF-7 but is not (bad byte at offset {byte})"
            ),
            byte=error.start,
        ) from None


def read_html(path: Path, data: bytes) -> ExtractedDocument:
    decoded = _decoded_page(path, data)
    builder = _TreeBuilder()
    try:
        builder.feed(decoded.text)
        builder.close()
    except _TooLarge as error:
        if error.what == "text":
            raise characters_over_limit(path, THE_WEB_PAGE) from None
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile",
                "the web page has more than {most} elements, beyond what a saved page holds",
            ),
            most=f"{MAX_HTML_ELEMENTS:,}",
        ) from None
    _measure(builder.root)
    container = _best_container(builder.root) or builder.root
    out: list[str] = []
    _lines(container, out)
    lines = _clean_lines("".join(out))
    if not lines:
        raise InputFileError(
            path, QT_TRANSLATE_NOOP("InputFile", "the web page holds no readable text")
        )
    heading = _first(container, "h1") or _first(builder.root, "h1")
    heading_text = " ".join(_clean_lines(_text(heading))) if heading else ""
    page_title = _TITLE_SUFFIX.split(builder.title.strip())[0] if builder.title.strip() else ""
    title = heading_text or page_title or path.stem
    if lines[0] == title:
        lines = lines[1:] or lines  # the title is stored apart from the text
    return ExtractedDocument(
        format=HTML,
        title=title[:200],
        text="\n".join(lines),
        raw_text=decoded.text,
        encoding=decoded.encoding,
        note=decoded.note(),
        headings=[
            " ".join(_clean_lines(_text(n))) for n in _walk(container) if n.tag in ("h2", "h3")
        ],
    )
