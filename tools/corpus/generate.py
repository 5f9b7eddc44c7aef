#!/usr/bin/env python3
"""Writes the labelled training corpus: src/main/resources/classify/corpus.tsv.

Every scenario template in templates.py is written out in three styles (formal web complaint,
terse SMS with typos, disfluent voice transcript), with slot fillers and cross-cutting flag
clauses drawn by a seeded random generator, so the corpus is reproducible. Each row names its
template ('group'), so that evaluation can hold out whole templates and measure on text whose
wording it has not seen.

    python3 tools/corpus/generate.py
"""
import os
import random
import re

import fillers as F
from templates import EN, ZH, FLAG_CLAUSES, RIGHT_NAMES, AMOUNT_CLAUSES

SEED = 12330
VARIANTS = 13
FLAG_P = {"ecommerce": 0.25, "delivery": 0.2, "import_export": 0.15, "criminal": 0.2}
# How often a tip names the right it is about, besides describing what happened.
RIGHT_P = 0.3
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "main", "resources", "classify", "corpus.tsv")
# A second way of writing tips, apart from the templates: written one by one by hand, each its own
# group, aimed at what the templates do not say (consumer complaints and questions that are not IP
# matters, factories and repeat offenders, customs declarations and containers, live streams).
HANDWRITTEN = os.path.join(os.path.dirname(__file__), "handwritten.tsv")

# Each tip is drawn by generators seeded with its template and variant, so a change to one template
# or clause changes only the tips that use it: with one generator for the whole corpus, any change
# reshuffled every tip after it, and what a change did could not be told from the reshuffle. The
# amounts (AMOUNT_CLAUSES, {big}, {money}) have a generator of their own for the same reason.
rng = random.Random(SEED)
amounts_rng = random.Random(SEED)
AMOUNT_P = 0.3


def patent_number():
    digits = str(rng.randint(2005, 2023)) + rng.choice("123") + "".join(rng.choice("0123456789") for _ in range(7))
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return "ZL" + digits + "." + ("X" if check == 10 else str(check))


def slots(lang):
    en = lang == "en"
    return {
        "brand": rng.choice(F.BRAND_EN if en else F.BRAND_ZH),
        "product": rng.choice(F.PRODUCT_EN if en else F.PRODUCT_ZH),
        "gadget": rng.choice(F.GADGET_EN if en else F.GADGET_ZH),
        "work": rng.choice(F.WORK_EN if en else F.WORK_ZH),
        "secret": rng.choice(F.SECRET_EN if en else F.SECRET_ZH),
        "crop": rng.choice(F.CROP_EN if en else F.CROP_ZH),
        "tree": rng.choice(F.TREE_EN if en else F.TREE_ZH),
        "variety": rng.choice(F.VARIETY_EN if en else F.VARIETY_ZH),
        "city": rng.choice(F.CITY_EN if en else F.CITY_ZH),
        "platform": rng.choice(F.PLATFORM_EN if en else F.PLATFORM_ZH),
        "country": rng.choice(F.COUNTRY_EN if en else F.COUNTRY_ZH),
        "port": rng.choice(F.PORT_EN if en else F.PORT_ZH),
        "courier": rng.choice(F.COURIER_EN if en else F.COURIER_ZH),
        "company": rng.choice(F.COMPANY_EN if en else F.COMPANY_ZH),
        "n": str(rng.choice([20, 35, 50, 80, 120, 300, 500])),
        # Quantities and sums as reporters write them: separators, 万, numerals.
        "big": amounts_rng.choice(["800", "1,200", "3,000", "5,000", "20,000", "50,000", "100,000"] if en else
                                  ["八百", "一千二", "三千", "五千", "两万", "5万", "10万", "3000"]),
        "money": amounts_rng.choice(["80,000", "300,000", "600,000", "1.5 million", "2 million"] if en else
                                    ["8万", "三十万", "60万", "150万", "两百万"]),
        "zl": patent_number(),
        "tm": str(rng.randint(1000000, 39999999)),
    }


WEB_OPEN = {
    "en": ["Dear officer, we wish to report the following infringement.",
           "On behalf of our client, a foreign-invested enterprise, we report that",
           "Complaint:", "To whom it may concern,", "We are the rights holder and we report that"],
    "zh": ["我司是一家外商投资企业，现举报如下：", "尊敬的工作人员：", "投诉内容：", "我们是权利人，现反映：",
           "受委托人委托，现就以下侵权行为进行投诉："],
}
WEB_CLOSE = {
    "en": ["We attach photos and purchase receipts as evidence.", "Please investigate and stop the infringement.",
           "Our legal department can provide the registration certificates.", "We request that the goods be seized.",
           ""],
    "zh": ["附件为购买凭证和照片。", "请依法查处。", "权利证书可联系我司法务部提供。", "请求查封相关物品。", ""],
}
SMS_WORDS = {"you": "u", "are": "r", "please": "pls", "and": "n", "people": "ppl", "thousand": "k",
             "because": "coz", "with": "w/", "without": "w/o", "selling": "sellin", "about": "abt"}
FILLERS = {"en": ["um", "uh", "like", "you know", "so", "er"],
           "zh": ["嗯", "就是那个", "那个", "然后", "就是说", "呃"]}
DIGITS = {"en": "zero one two three four five six seven eight nine".split(), "zh": list("零一二三四五六七八九")}


def web(text, lang):
    sep = " " if lang == "en" else ""
    end = "." if lang == "en" else "。"
    return sep.join(x for x in [rng.choice(WEB_OPEN[lang]), text + end, rng.choice(WEB_CLOSE[lang])] if x)


def sms(text, lang):
    if lang == "zh":
        text = re.sub(r"[，。？：、！]", " " if rng.random() < 0.5 else "", text)
        return (rng.choice(["", "举报 ", "投诉 "]) + text).strip()
    words = []
    for word in re.sub(r"[,.;:?!']", "", text.lower()).split():
        word = SMS_WORDS.get(word, word)
        if len(word) > 6 and rng.random() < 0.15:
            i = rng.randrange(1, len(word) - 1)
            word = word[:i] + word[i + 1:]
        words.append(word)
    return " ".join(words)


def spoken_numbers(text, lang):
    sep = " " if lang == "en" else ""
    return re.sub(r"\d+", lambda m: sep.join(DIGITS[lang][int(d)] for d in m.group()), text)


def voice(text, lang):
    text = spoken_numbers(text, lang)
    if lang == "en":
        words = text.split()
        out = []
        for i, word in enumerate(words):
            if rng.random() < 0.12:
                out.append(rng.choice(FILLERS["en"]))
            out.append(word)
            if rng.random() < 0.05:
                out.append(word)
        return rng.choice(["hello yes", "hi um", "yeah so", ""]) + " " + " ".join(out)
    parts = re.split(r"[，。]", text)
    out = []
    for part in parts:
        if rng.random() < 0.5:
            out.append(rng.choice(FILLERS["zh"]))
        if len(part) > 4 and rng.random() < 0.2:
            part = part[:2] + part[:2] + part[2:]
        out.append(part)
    return rng.choice(["喂你好", "喂 我想反映个事", "你好 嗯", ""]) + " " + " ".join(x for x in out if x)


STYLES = {"web": web, "sms": sms, "voice": voice}


def rows():
    n = 0
    for lang, table in (("en", EN), ("zh", ZH)):
        for label, templates in table.items():
            for t, (inherent, template) in enumerate(templates):
                group = f"{lang}-{label}-{t}"
                for v in range(VARIANTS):
                    rng.seed(f"{SEED}/{group}/{v}")
                    amounts_rng.seed(f"{SEED}/{group}/{v}/amounts")
                    style = ("web", "sms", "voice")[v % 3]
                    fill = slots(lang)
                    flags = set(inherent)
                    clauses = []
                    if label != "none":
                        for flag, p in FLAG_P.items():
                            if flag not in flags and rng.random() < p:
                                flags.add(flag)
                                clause = rng.choice(FLAG_CLAUSES[lang][flag])
                                if flag == "criminal" and amounts_rng.random() < AMOUNT_P:
                                    clause = amounts_rng.choice(AMOUNT_CLAUSES[lang])
                                clauses.append(clause)
                    if label != "none" and rng.random() < RIGHT_P:
                        clauses.append(rng.choice(RIGHT_NAMES[lang][label]))
                    joiner = ", " if lang == "en" else "，"
                    text = joiner.join([template] + clauses).format(**fill)
                    text = STYLES[style](text, lang)
                    text = re.sub(r"\s+", " ", text).strip()
                    n += 1
                    yield (f"{n:05d}", group, lang, style, label, ",".join(sorted(flags)), text)


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    seen = set()
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("id\tgroup\tlang\tstyle\trightType\tflags\ttext\n")
        for row in rows():
            if row[-1] in seen:
                continue
            seen.add(row[-1])
            out.write("\t".join(row) + "\n")
        with open(HANDWRITTEN, encoding="utf-8") as handwritten:
            for line in list(handwritten)[1:]:
                row = line.rstrip("\n").split("\t")
                if row[-1] not in seen:
                    seen.add(row[-1])
                    out.write("\t".join(row) + "\n")
    print(f"wrote {len(seen)} examples to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
