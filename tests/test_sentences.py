"""The sentence splitter on hand-built news text: boundaries, offsets, furniture."""
from pathlib import Path

import pytest

from timeline_api.pipeline.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TIMELINE17 = Path("/work/shared/corpora/timeline17")


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
        ("Did they agree? Nobody knows! Talks resume today.",
         ["Did they agree?", "Nobody knows!", "Talks resume today."]),
        ("He met Gen. Smith in Baghdad. Then he left.", ["He met Gen. Smith in Baghdad.", "Then he left."]),
        ("Assad fell on Dec. 8 after a rapid offensive. Rebels entered Damascus.",
         ["Assad fell on Dec. 8 after a rapid offensive.", "Rebels entered Damascus."]),
        ("U.S. forces stayed in Iraq. Talks went on.", ["U.S. forces stayed in Iraq.", "Talks went on."]),
        ("The troops returned to the U.S. The next day they rested.",
         ["The troops returned to the U.S.", "The next day they rested."]),
        ("The U.S. Central Command confirmed the strike.", ["The U.S. Central Command confirmed the strike."]),
        ("President George W. Bush spoke. He left.", ["President George W. Bush spoke.", "He left."]),
        ("Mr. Smith and Dr. Jones met at 5 p.m. on Monday.", ["Mr. Smith and Dr. Jones met at 5 p.m. on Monday."]),
        ('"We will leave," he said. "Soon."  Officials agreed.',
         ['"We will leave," he said.', 'Officials agreed.']),
        ("“We will not stay.” The minister left.", ["“We will not stay.”", "The minister left."]),
        ("Prices rose 2.5 percent. Markets fell.", ["Prices rose 2.5 percent.", "Markets fell."]),
    ],
)
def test_sentences_boundaries(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # headline lines without final punctuation are sentences of their own
        ("Iraqi PM says coalition should leave\nBaghdad (Reuters) – The prime minister said so.",
         ["Iraqi PM says coalition should leave", "Baghdad (Reuters) – The prime minister said so."]),
        # paragraphs
        ("First paragraph here.\n\nSecond paragraph here.", ["First paragraph here.", "Second paragraph here."]),
        # Penn Treebank tokenized text, one sentence per line, closing quotes after the stop
        ("`` Many will have been orphaned . ''\nUnicef -LRB- UN -RRB- says children are at risk .",
         ["`` Many will have been orphaned . ''", "Unicef -LRB- UN -RRB- says children are at risk ."]),
        ("He said `` we are leaving . '' Others stayed .", ["He said `` we are leaving . ''", "Others stayed ."]),
    ],
)
def test_sentences_lines_and_treebank_text(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "furniture",
    [
        "6 Min Read",
        "IranGate",
        "Advertisement",
        "Share on Facebook",
        "Read more: the full story",
        "جهت مشاهده مطالب تفکیک شده مرتبط با انتخابات",
        "Photo: Reuters",
        "© 2024 The Outlet. All rights reserved.",
        "By John Smith",
    ],
)
def test_sentences_skip_furniture(furniture):
    text = f"The strike hit the base on Monday.\n{furniture}\nThe army said so."
    assert texts(text) == ["The strike hit the base on Monday.", "The army said so."]


def test_sentences_stop_at_end_of_body_marker():
    text = "The talks ended on Monday.\n\nShare This Article\nOur agency is the best in the world."
    assert texts(text) == ["The talks ended on Monday."]


def test_sentences_drop_repeated_lines():
    text = "Staying or leaving is the issue.\n\nStaying or leaving is the issue.\nTalks went on."
    assert texts(text) == ["Staying or leaving is the issue.", "Talks went on."]


@pytest.mark.parametrize(
    "text",
    [
        "  Leading spaces. And trailing ones.  \n\n  Indented line here.\r\nWindows line end.",
        "No final punctuation at all",
        "",
        "\n\n\n",
    ],
)
def test_sentences_offsets_point_into_the_text(text):
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_sentences_seed_offsets_and_order(path):
    text = path.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert sentences
    previous_end = -1
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.start > previous_end
        previous_end = sentence.end


def test_sentences_seed_abbreviation_inside_quote_kept_whole():
    text = (SEEDS / "002_440d33991e1a54d9.txt").read_text(encoding="utf-8")
    assert "“U.S. forces are in Iraq at the invitation of its government,” Ryder added." in texts(text)


def test_sentences_seed_boilerplate_after_share_marker_dropped():
    text = (SEEDS / "001_89bb3b22ecf6d029.txt").read_text(encoding="utf-8")
    found = texts(text)
    assert not any("IranGate Analytical News Agency" in s for s in found)
    assert not any(s == "6 Min Read" for s in found)


@pytest.mark.skipif(not TIMELINE17.exists(), reason="timeline17 corpus not available")
def test_sentences_timeline17_sample_offsets():
    files = sorted(TIMELINE17.glob("*/00[0-2]*.txt"))[:60]
    for path in files:
        text = path.read_text(encoding="utf-8")
        for sentence in split_sentences(text):
            assert text[sentence.start:sentence.end] == sentence.text


def test_a_live_page_new_marker_starts_a_sentence_of_its_own():
    text = ("Summit talks stall NEW : The ministers met in Vienna on Monday NEW : A second round is planned "
            "for March . The talks resume .")
    pieces = [s.text for s in split_sentences(text)]
    assert pieces == ["Summit talks stall", "The ministers met in Vienna on Monday",
                      "A second round is planned for March .", "The talks resume ."]
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
