"""The bundled multilingual encoder is the pinned one, gives the same embedding every time,
puts the same meaning close in the project's languages (English, Burmese, Khmer, and Burmese
and Khmer typed in Latin letters) and across them, and stays well-behaved on naughty input."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from nlu.components.sentence_encoder import DIMENSIONS, check_pinned, encode


def test_the_installed_encoder_is_the_pinned_version_and_file() -> None:
    check_pinned()


def test_embeddings_are_deterministic() -> None:
    texts = ["boss ka la kha ma pay buu", "ថៅកែមិនបើកប្រាក់ខែ", "my boss did not pay me"]
    first, again = encode(texts), encode(texts)
    alone = np.vstack([encode([text]) for text in texts])
    assert np.array_equal(first, again)
    assert np.array_equal(first, alone)  # a message's embedding does not depend on its batch
    # nor on being sent to the engine in one call with others (a message's clauses are)
    together = encode(["", *texts, "  "], batch=True)
    assert np.array_equal(together[1:-1], first)
    assert not together[0].any() and not together[-1].any()  # blank: a zero row


# (a message, a paraphrase of it, an unrelated problem), written as people write them
PARAPHRASES = {
    "en": [
        ("my boss has not paid my salary", "employer didnt give me wages for two months",
         "i lost my passport"),
        ("police arrested my brother", "my brother is in immigration detention",
         "how much is the agency fee"),
        ("i want to go home", "how can i return to my country", "my hand was cut by a machine"),
    ],
    "my": [
        ("သူဌေးက လစာ မပေးဘူး", "အလုပ်ရှင်က လုပ်ခ နှစ်လ မပေးသေးဘူး", "ပတ်စ်ပို့ ပျောက်သွားတယ်"),
        ("ရဲက အစ်ကို့ကို ဖမ်းသွားတယ်", "အစ်ကို အချုပ်ထဲ ရောက်နေတယ်", "အေးဂျင့်ကြေး ဘယ်လောက်လဲ"),
        ("အိမ်ပြန်ချင်တယ်", "မြန်မာပြည် ပြန်ချင်ပြီ", "စက်နဲ့ လက်ပြတ်သွားတယ်"),
    ],
    "km": [
        ("ថៅកែមិនបើកប្រាក់ខែ", "ថៅកែមិនឲ្យលុយពីរខែហើយ", "ខ្ញុំបាត់លិខិតឆ្លងដែន"),
        ("ប៉ូលិសចាប់បងប្រុសខ្ញុំ", "បងប្រុសខ្ញុំជាប់ឃុំ", "ភ្នាក់ងារយកថ្លៃប៉ុន្មាន"),
        ("ខ្ញុំចង់ទៅផ្ទះវិញ", "ចង់ត្រឡប់ស្រុកវិញ", "ម៉ាស៊ីនកាត់ដៃខ្ញុំ"),
    ],
    "my romanised": [
        ("boss ka la kha ma pay buu", "thu htay ka la kha 2 la ma pay thay buu",
         "passport pyout thwar tl"),
        ("yae ka a ko ko ko phan thwar tl", "police ka phan thwar tl", "agent kha bal lauk lae"),
        ("ein pyan chin tl", "myanmar ko pyan chin tl", "set nae let pyat thwar tl"),
    ],
    "km romanised": [
        ("thaokae min bong prak khae", "thaokae min aoy luy 2 khae hoeuy", "bat passport"),
        ("police chab bong pros khnhom", "bong pros khnhom trov police chab",
         "agency yok luy ponman"),
        ("chong trolob srok", "chong tov pteah vinh", "machine kat dai khnhom"),
    ],
}


@pytest.mark.parametrize(
    ("message", "paraphrase", "unrelated"),
    [row for rows in PARAPHRASES.values() for row in rows],
    ids=[f"{lang}-{i}" for lang, rows in PARAPHRASES.items() for i in range(len(rows))],
)
def test_a_paraphrase_is_closer_than_another_problem(
    message: str, paraphrase: str, unrelated: str
) -> None:
    a, b, c = encode([message, paraphrase, unrelated])
    assert a @ b > a @ c


def test_same_meaning_is_closer_than_another_topic_across_languages() -> None:
    lost_my, lost_km, lost_en, gone_en, unpaid_en = encode(
        [
            "ပတ်စပို့ ပျောက်သွားတယ်",
            "ខ្ញុំបាត់លិខិតឆ្លងដែន",
            "I lost my passport",
            "my passport is gone",
            "my boss did not pay me",
        ]
    )
    assert lost_my @ lost_km > lost_my @ unpaid_en  # Burmese and Khmer, same meaning
    assert lost_km @ lost_en > lost_km @ unpaid_en  # Khmer and English
    assert lost_en @ gone_en > lost_en @ unpaid_en  # an English paraphrase


@pytest.mark.parametrize("text", ["", "   ", "🙏", "a" * 20_000, "\u1031\u1031", "null\x00byte"])
def test_any_text_gives_one_finite_row(text: str) -> None:
    (row,) = encode([text])
    assert row.shape == (DIMENSIONS,) and np.isfinite(row).all()
    assert np.linalg.norm(row) == pytest.approx(0.0 if not text.strip() else 1.0, abs=1e-3)


ONE_THREAD_CHECK = """
import sklearn.metrics._pairwise_fast  # scikit-learn's libgomp first, as in the Rasa process
from nlu.components import sentence_encoder
sentence_encoder.encode(["my boss did not pay me"])
engine = sentence_encoder._model()._lib
print(engine.omp_get_max_threads())
"""


def test_the_engine_runs_one_openmp_thread_even_after_scikit_learn_started_openmp() -> None:
    # Two threads spinning at every barrier cost 20 times the CPU on a busy machine. The
    # check needs a fresh process (the import order is the point) and more than one core
    # (with one, OpenMP starts one thread anyway and this passes without the fix).
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    env["PYTHONPATH"] = os.getcwd()
    result = subprocess.run(
        [sys.executable, "-c", ONE_THREAD_CHECK], capture_output=True, text=True, env=env,
        check=True,
    )
    assert result.stdout.split()[-1] == "1"
