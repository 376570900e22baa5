"""Sentence splitting of the folded text: abbreviations are not sentence ends."""

from __future__ import annotations

from hudna.extract.context import split_sentences
from hudna.text import fold


def _sentences(text: str) -> list[str]:
    folded = fold(text)
    return [folded[s.start : s.end] for s in split_sentences(folded)]


def test_abbreviations_and_abbreviated_months_before_a_day_do_not_end_a_sentence() -> None:
    text = (
        "The U.N. envoy said the talks would resume on Feb. 25 and that he would brief the "
        "Council. Gen. Rudskoy spoke in Moscow."
    )
    assert len(_sentences(text)) == 2
    # a month abbreviation that ends a sentence still ends it
    assert len(_sentences("The offensive began in Sept. Rebels retreated.")) == 2


def test_a_sentence_ends_after_a_quotation_that_ends_it() -> None:
    text = 'churkin tells the council that "military actions have stopped." he says civilians may leave.'
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == [
        'churkin tells the council that "military actions have stopped."',
        "he says civilians may leave.",
    ]
    # a quotation closed inside the sentence does not end it
    assert len(split_sentences('he called it "a mistake" and left.')) == 1


def test_a_middle_initial_does_not_end_a_sentence() -> None:
    assert len(_sentences("John F. Kerry met Sergei V. Lavrov in Geneva. They spoke.")) == 2
    # a sentence ending in a one-letter word "a" or "i" is not read as an initial
    assert len(_sentences("Rebels said they had no plan a. Talks resumed.")) == 2
