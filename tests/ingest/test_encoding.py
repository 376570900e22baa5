"""Decoding a report's bytes: BOMs, UTF-8, UTF-16, windows-1256; binary and empty inputs refused."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from hudna.errors import IngestError
from hudna.ingest.encoding import decode
from hudna.ingest.readers import Failure, read_paths
from hudna.models import Document

# (case id, how to build the bytes from the text, encoding decode() must report)
ENCODINGS = [
    ("utf-8", lambda s: s.encode("utf-8"), "utf-8"),
    ("utf-8-bom", lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
    ("utf-16-le-bom", lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "utf-16"),
    ("utf-16-be-bom", lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16"),
    ("cp1256", lambda s: s.encode("cp1256"), "cp1256"),
]


@pytest.mark.parametrize(
    ("build", "expected"), [(b, e) for _, b, e in ENCODINGS], ids=[c for c, _, _ in ENCODINGS]
)
def test_arabic_paragraph_decodes_from_each_encoding(
    seed_paragraph: str, build, expected: str
) -> None:
    raw = build(seed_paragraph)
    text, encoding = decode(raw)
    assert text == seed_paragraph
    assert encoding == expected


def test_the_encoded_forms_really_differ(seed_paragraph: str) -> None:
    """Guard for the test above: each case feeds decode() different bytes."""
    forms = {case: build(seed_paragraph) for case, build, _ in ENCODINGS}
    assert len(set(forms.values())) == len(forms)
    assert forms["utf-16-le-bom"].startswith(b"\xff\xfe")
    assert forms["utf-16-be-bom"].startswith(b"\xfe\xff")
    with pytest.raises(UnicodeDecodeError):
        forms["cp1256"].decode("utf-8")  # so the cp1256 case goes through detection


def test_whole_seed_in_cp1256_decodes_to_the_seed(seed000_path: Path) -> None:
    original = seed000_path.read_text(encoding="utf-8")
    assert decode(original.encode("cp1256")) == (original, "cp1256")


def test_short_cp1256_headline_is_not_mistaken_for_another_code_page(seed003_path: Path) -> None:
    title = seed003_path.read_text(encoding="utf-8").splitlines()[0]
    assert decode(title.encode("cp1256")) == (title, "cp1256")


@pytest.mark.parametrize(
    "words",
    ["حلب", "جنيف", "الهدنة", "الاتحاد برس:", "27 اغسطس 2016"],
    ids=["aleppo", "geneva", "truce", "outlet-line", "dateline"],
)
def test_few_cp1256_words_prefer_the_arabic_code_page(seed_texts: str, words: str) -> None:
    """On a few bytes charset-normalizer guesses cp932, big5 or even utf_16_be; decode() must
    still prefer windows-1256 because it yields Arabic letters."""
    assert words in seed_texts  # real strings from the seeds
    assert decode(words.encode("cp1256")) == (words, "cp1256")


def test_checked_in_cp1256_file_decodes_to_the_seed(ingest_data: Path, seed003_path: Path) -> None:
    raw = (ingest_data / "seed003-cp1256.txt").read_bytes()
    expected = seed003_path.read_text(encoding="utf-8")
    assert raw == expected.encode("cp1256")  # the file is what its README says it is
    assert decode(raw) == (expected, "cp1256")


def test_checked_in_cp1256_file_read_as_document(ingest_data: Path, seed003_path: Path) -> None:
    path = ingest_data / "seed003-cp1256.txt"
    [doc] = list(read_paths([path]))
    assert isinstance(doc, Document)
    assert doc.encoding == "cp1256"
    assert doc.language == "ar"
    assert doc.text == seed003_path.read_text(encoding="utf-8")
    assert doc.title == "كيري: قضايا قليلة متبقية للتوصل إلى اتفاق بشأن سورية"
    assert doc.raw == path.read_bytes()


def _binary_bytes() -> bytes:
    """A PNG signature and IHDR chunk start, then 4 KiB of seeded random bytes (with NULs)."""
    rng = random.Random(20160912)
    body = bytes(rng.randrange(256) for _ in range(4096))
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + body
    assert raw.count(b"\x00") > 10
    return raw


def test_binary_bytes_are_refused() -> None:
    with pytest.raises(IngestError) as info:
        decode(_binary_bytes())
    assert info.value.code == "binary"


def test_valid_utf8_with_nul_bytes_is_binary() -> None:
    raw = "قصف على حلب".encode() + b"\x00\x00\x01\x02" + b"tail"
    raw.decode("utf-8")  # valid UTF-8: the refusal must come from the content check
    with pytest.raises(IngestError) as info:
        decode(raw)
    assert info.value.code == "binary"


def test_binary_file_becomes_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(_binary_bytes())
    [result] = list(read_paths([path]))
    assert isinstance(result, Failure)
    assert result.code == "binary"
    assert result.source == str(path)


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \n\t \r\n  ", codecs.BOM_UTF8 + b" \n ", "  \n\t".encode("utf-16")],
    ids=["empty", "whitespace", "bom-whitespace", "utf16-whitespace"],
)
def test_empty_and_whitespace_only_are_refused(raw: bytes) -> None:
    with pytest.raises(IngestError) as info:
        decode(raw)
    assert info.value.code == "empty"


@pytest.mark.parametrize("content", [b"", b" \n\n\t  \r\n"], ids=["empty", "whitespace"])
def test_empty_files_become_failures(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    [result] = list(read_paths([path]))
    assert isinstance(result, Failure)
    assert result.code == "empty"
