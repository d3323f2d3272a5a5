"""Chinese suggestions: “…”, 「…」 and 『…』 quotes, the cues (说, 表示, 指出, 强调, 据…报道,
引述…), the speaker with the title before the cue, a bare title and 他说 resolved, names and
slogans in marks left alone; readers' comments that repeat the article. Sentences are from
the Chinese gold texts (benchmarks/gold/lang/zh) unless the issue gave them."""

from __future__ import annotations

from annotations.suggest.lang import finder_language, script_language
from annotations.suggest.lang.zh import split_speaker
from tests.lang_kit import article, quotes


def test_cues_titles_and_he_said_in_the_next_paragraph():
    a = article(
        "外交部发言人赵立坚表示，中方坚决反对美方的错误做法。",
        "他说：“美方应当立即停止干涉中国内政。”",
        "据新华社报道，国务院总理李克强当天在北京会见了来访的外国客人。",
        "路透社引述一名官员称，谈判将于下周恢复。",
        "「這是我們共同的願望。」黃偉哲市長說。",
        "教育局鄭新輝局長強調「絕不容許!」並指出「已由政風單位進行調查了解，如涉有不法將向"
        "檢調單位告發。」",
        "大灣國小以「聰明餐盤，健康UP!」為主題參加比賽。",
    )
    zhao = ("赵立坚", "外交部发言人")
    cheng = ("鄭新輝", "教育局局長")
    assert quotes(a) == [
        ("中方坚决反对美方的错误做法。", *zhao, "表示", "indirect"),
        ("“美方应当立即停止干涉中国内政。”", *zhao, "说", "direct"),
        ("国务院总理李克强当天在北京会见了来访的外国客人。", "新华社", None, "据", "indirect"),
        ("谈判将于下周恢复。", "一名官员", None, "引述", "indirect"),
        ("「這是我們共同的願望。」", "黃偉哲", "市長", "說", "direct"),
        ("「絕不容許!」", *cheng, "強調", "direct"),
        ("「已由政風單位進行調查了解，如涉有不法將向檢調單位告發。」", *cheng, "指出", "direct"),
    ]  # the slogan 「聰明餐盤，健康UP!」 is not among them


def test_a_bare_title_and_a_pronoun_go_to_the_person_the_text_named():
    a = article(
        "蔡英文總統今（6）日上午接見「加拿大國會議員訪問團」時指出，臺灣與加拿大在經濟領域"
        "具有高度互補性。",
        "總統說，訪賓此行將參訪新竹科學園區，相信對於雙方產業合作將會有許多幫助。",
        "蘭絲蔓眾議員致詞時首先感謝總統撥冗接見。",
        "她指出，雙方關係建基於相互尊重以及共享自由、民主及法治等價值。",
        "今日參加活動的劉同學，目前就讀高雄市福誠高中一年級，表示因為未來想成為一名藥劑師，"
        "對於藥粧生技產業有興趣。",
    )
    assert [(q[1], q[2], q[3]) for q in quotes(a)] == [
        ("蔡英文", "總統", "指出"), ("蔡英文", "總統", "說"),
        # "她" after a sentence about someone else: that person, not the last speaker
        ("蘭絲蔓", "眾議員", "指出"), ("劉同學", None, "表示")]


def test_a_speaker_is_split_into_name_and_title():
    assert split_speaker("外交部发言人赵立坚") is not None
    got = [(s.name, s.role) for s in map(split_speaker, [
        "外交部发言人赵立坚", "黃偉哲市長", "教育局鄭新輝局長", "總統", "教育局",
        "開元國小幼童軍杜團長", "今日參加活動的劉同學"]) if s is not None]
    assert got == [("赵立坚", "外交部发言人"), ("黃偉哲", "市長"), ("鄭新輝", "教育局局長"),
                   ("總統", None), ("教育局", None), ("杜團長", "開元國小幼童軍"),
                   ("劉同學", None)]


def test_chinese_is_told_by_its_script_and_the_metadata():
    zh = "外交部发言人赵立坚表示，中方坚决反对美方的错误做法。"
    assert script_language(zh) == "zh"
    assert script_language("外交部の報道官は記者会見で述べた。") == "ja"
    assert finder_language(zh, None) == finder_language(zh, "zh-TW") == "zh"
    assert quotes(article(zh, language="zh")) == quotes(article(zh)) == [
        ("中方坚决反对美方的错误做法。", "赵立坚", "外交部发言人", "表示", "indirect")]


def test_chinese_readers_who_repeat_the_article_quote_its_speaker():
    a = article(
        "外交部发言人赵立坚表示，中方坚决反对美方的错误做法，敦促美方立即停止干涉中国内政。",
        "会议将于下周在北京举行。",
        language="zh",
        comments=[
            {"depth": 0, "author": "li", "posted_at": "2024-01-01T00:00:00Z",
             "text": "“中方坚决反对美方的错误做法”，说得好！"},
            {"depth": 0, "author": "wang", "posted_at": "2024-01-01T00:00:00Z",
             "text": "文章说「会议将于下周在北京举行」，我不信。"},
            {"depth": 0, "author": "zhou", "posted_at": "2024-01-01T00:00:00Z",
             "text": "「完全不同的一句话，文章里没有」"},
        ])
    assert quotes(a, "1") == [("“中方坚决反对美方的错误做法”", "赵立坚", "外交部发言人",
                               "quoting the article", "direct")]
    assert quotes(a, "2") == [("「会议将于下周在北京举行」", "the article", None,
                               "quoting the article", "direct")]
    assert quotes(a, "3") == []


def test_a_quote_ending_its_sentence_inside_the_marks_keeps_the_cue_after_it():
    # "“…争端。”他还说": the sentence does not end inside the marks, and 他 is the last speaker
    a = article("外交部发言人赵立坚表示，中方坚决反对美方的错误做法。",
                "“我们希望通过对话和平解决争端。”他还说，中方愿意同各方保持沟通。")
    assert quotes(a) == [
        ("中方坚决反对美方的错误做法。", "赵立坚", "外交部发言人", "表示", "indirect"),
        ("“我们希望通过对话和平解决争端。”", "赵立坚", "外交部发言人", "说", "direct"),
        ("中方愿意同各方保持沟通。", "赵立坚", "外交部发言人", "说", "indirect"),
    ]


def test_told_the_hearer_then_what_was_said():
    a = article("世卫组织总干事谭德塞告诉记者，疫情仍在持续蔓延。",
                "他告訴美國之音：「我們不會放棄。」")
    who = ("谭德塞", "世卫组织总干事")
    assert quotes(a) == [("疫情仍在持续蔓延。", *who, "告诉", "indirect"),
                         ("「我們不會放棄。」", *who, "告訴", "direct")]


def test_datelines_dates_places_and_names_in_marks_are_no_part_of_the_speaker():
    a = article(
        "新华社北京3月5日电 国务院总理李克强5日在政府工作报告中指出，今年经济增长预期目标为"
        "6%左右。",
        "有分析人士认为，此举将加剧地区紧张局势。",
        "日本首相岸田文雄23日对媒体透露，他将于下月访问美国。",
        "「這是歷史性的一刻」，蔡英文在臉書上寫道。",
        "李强在会见「中国发展高层论坛」代表时指出，中国将继续扩大开放。",
    )
    assert [(q[1], q[2], q[3]) for q in quotes(a)] == [
        ("李克强", "国务院总理", "指出"), ("分析人士", None, "认为"),
        ("岸田文雄", "日本首相", "透露"), ("蔡英文", None, "寫道"), ("李强", None, "指出")]


def test_transcript_turns_go_to_the_labelled_speaker():
    a = article("外交部发言人耿爽主持例行记者会。",
                "問：美國國務卿蓬佩奧19日發表聲明稱，對中方表示譴責。中方對此有何評論？",
                "耿爽：這並非是蓬佩奧先生所說的言論自由問題。",
                "問：中方是否會採取進一步行動？",
                "耿爽：我昨天已經作了全面介紹。")
    geng = ("耿爽", "外交部发言人")
    assert quotes(a) == [
        ("對中方表示譴責。", "蓬佩奧", "美國國務卿", "稱", "indirect"),
        ("這並非是蓬佩奧先生所說的言論自由問題。", *geng, "：", "direct"),
        ("我昨天已經作了全面介紹。", *geng, "：", "direct")]


def test_a_subject_after_a_fronted_clause_gives_the_bare_title_its_person():
    a = article("繼以軍禮歡迎來訪的外國元首後，蔡英文總統今（25）日下午與他舉行雙邊會晤。",
                "總統表示，兩國將繼續相互扶持。")
    assert quotes(a) == [("兩國將繼續相互扶持。", "蔡英文", "總統", "表示", "indirect")]
