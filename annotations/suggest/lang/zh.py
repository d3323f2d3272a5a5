"""Quotes of a Chinese text (simplified or traditional), attributed: direct speech in “…”,
「…」 and 『…』, reported speech after a verb of saying (``外交部发言人赵立坚表示，…``,
``他说``, ``据新华社报道``, ``引述官员称``), the speaker the name and title before the cue
(``外交部发言人赵立坚`` -> role ``外交部发言人``, speaker ``赵立坚``), a title alone
(``总统``) resolved to the person the text gave that title, ``他说`` carried over to the last
speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from ...text.segment import OpenSpans
from ..marks import by_sentence, line_sentences, paragraph_spans, quoted
from ..quotes import QuoteFind

#: Verbs of saying (general vocabulary, both scripts), longest first where one holds another.
CUES = ("表示", "指出", "强调", "強調", "说明", "說明", "透露", "告诉", "告訴", "认为", "認為",
        "宣布", "宣佈", "回应", "回應", "坦言", "写道", "寫道", "提到", "提及", "谈及", "談及",
        "声称", "聲稱", "宣称", "宣稱", "直言", "重申", "补充", "補充", "坦承", "承认", "承認",
        "表明", "解释", "解釋", "证实", "證實", "主张", "主張", "笑称", "笑稱", "呼吁", "呼籲",
        "提醒", "警告", "反驳", "反駁", "批评", "批評", "质疑", "質疑", "答称", "答稱", "称", "稱",
        "分享",
        "说", "說", "问", "問", "发文", "發文", "致词", "致詞")
_CUE_RE = re.compile("|".join(sorted(CUES, key=len, reverse=True)))
#: Words in which a cue's characters mean something else.
_NOT_CUE = re.compile(r"小[说說]|[说說]服|[传傳][说說]|[听聽][说說]|[说說]法|据[说說]|據[说說]|"
                      r"[称稱][号號]|名[称稱]|[称稱][为為]|[称稱]作|[简簡][称稱]|[问問]题|[问問]題|"
                      r"[问問]卷|[访訪][问問]|[顾顧][问問]|[学學][问問]|[疑詢询][问問]|"
                      r"提醒[您你]|[对對][称稱]|[声聲][称稱]|[说說]话|[说說]話")
#: Titles and roles (general words).
TITLES = tuple(sorted({
    "总统", "總統", "副总统", "副總統", "总理", "總理", "副总理", "副總理", "首相", "主席",
    "副主席", "市长", "市長", "副市长", "副市長", "县长", "縣長", "省长", "省長", "局长", "局長",
    "副局长", "副局長", "部长", "部長", "副部长", "副部長", "院长", "院長", "副院长", "副院長",
    "处长", "處長", "署长", "署長", "厅长", "廳長", "司长", "司長", "科长", "科長", "所长",
    "所長", "主任", "副主任", "委员", "委員", "主委", "议员", "議員", "众议员", "眾議員",
    "参议员", "參議員", "议长", "議長", "秘书长", "秘書長", "书记", "書記", "总书记", "總書記",
    "发言人", "發言人", "理事长", "理事長", "会长", "會長", "校长", "校長", "团长", "團長",
    "队长", "隊長", "教授", "副教授", "老师", "老師", "同学", "同學", "外长", "外長", "大使",
    "代表", "记者", "記者", "经理", "經理", "总经理", "總經理", "董事长", "董事長", "总裁",
    "總裁", "执行长", "執行長", "首席执行官", "建筑师", "建築師", "律师", "律師", "医师", "醫師",
    "医生", "醫生", "专家", "專家", "官员", "官員", "顾问", "顧問", "研究员", "研究員",
    "分析师", "分析師", "参议", "參議", "国务卿", "國務卿", "检察官", "檢察官", "法官",
    "警官", "主教", "主持人", "创办人", "創辦人", "负责人", "負責人", "组长", "組長", "站长",
    "站長", "馆长", "館長", "主编", "主編", "社长", "社長", "总编辑", "總編輯", "司令",
    "司令员", "指挥官", "指揮官", "部长助理", "大法官", "州长", "州長", "议员们",
    "博士", "先生", "女士", "小姐", "总干事", "總幹事", "干事", "幹事", "理事",
    "教师", "教師", "导师", "導師", "教练", "教練", "学生", "學生", "居民", "村民", "市民",
    "网友", "網友", "家长", "家長", "营养师", "營養師", "工程师", "工程師", "会计师", "會計師",
}, key=len, reverse=True))
_TITLE_RE = re.compile("|".join(TITLES))
#: Suffixes of organisations and places: a word ending so is not a person's name.
_ORG_END = tuple("市县縣局部院府会會处處署厅廳司组組系校国國省州区區科所室团團党黨社台臺报報网網"
                 "厂廠行军軍队隊馆館庭团委办辦协協盟组小中学學")
#: Where a sentence's subject ends (time, place, manner, the act before speaking).
_SUBJECT_END = re.compile(
    r"今[（(]?\d*[）)]?[日天年]|昨[（(]?\d*[）)]?[日天]|前[天日]|日前|近日|稍早|随后|隨後|今年|"
    r"[在於于当當](?=\S)|也|并|並|则|則|还|還|又|更|再次|再度|进一步|進一步|首先|最后|最後|"
    r"特别|特別|亦|均|皆|都|同时|同時|此外|致[词詞]|受访|受訪|接受|出席|接见|接見|会晤|會晤|"
    r"访问|訪問|[时時](?=$)|對此|对此|针对|針對|回答|答复|答覆|透過|透过|通过|通過|"
    r"今天|昨天|上午|下午|晚间|晚間|當天|当天|週|周[一二三四五六日]|在接受|于|於|"
    r"以|向|對|对|用|藉|借|從|从|曾|曾經|曾经|已|已經|已经|將|将|仍|正在|首度|隨即|随即|"
    r"和|與|与|跟|\d+[日号號]|[（(]\d+[）)][日号號]")
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_TITLES_ALT = "|".join(TITLES)
_HEAD_RE = re.compile(r"(?P<np>" + _NAME + r"(?:" + _TITLES_ALT + r")|(?:" + _TITLES_ALT + r")" +
                      _NAME + r")(?=" + _SUBJECT_END.pattern + r"|" + _CUE_RE.pattern + r")")
_TELL = frozenset({"告诉", "告訴", "问", "問"})
_HEARER_RE = re.compile(r"[^，,。：:「“『！？]{1,8}[，,：:]")
_SOME_RE = re.compile(r"(?:一|两|兩|多|数|數|几|幾|某|部分|有)(?:名|位|个|個|些)")
_PRONOUNS = ("他们", "他們", "她们", "她們", "他", "她", "其")
_LEAD_RE = re.compile(r"[，,：: ]*")
_STOP_RE = re.compile(r"[。！？]")
#: A cue right after a closing mark (``「…」，他說``) and the end of its clause after it.
_CUE_AFTER_RE = re.compile(r"[，,]?\s*(?P<np>[^，,。；「」“”]{1,20}?)(?P<cue>" + _CUE_RE.pattern +
                           ")")
_CLAUSE_END_RE = re.compile(r"\s*(?:[。！？!?]|$)|[，,]\s*[「“『]")
_TERM_AFTER_RE = re.compile(r"(?:為主題|为主题|的|等|計畫|计划|活動|活动)")
_BOUNDARY = "，,。；;！!？?\n：:"
#: How many characters before a cue its subject is looked for in (a subject with its time,
#: place and titles: ``外交部发言人赵立坚今（6）日上午在例行记者会上``).
_SUBJECT_REACH = 80
_OPEN = "「“『\"‘"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff·・A-Za-z]")
_JU_RE = re.compile(r"[据據](?P<np>[^，,。；;]{2,30}?)(?:报道|報導|報道|消息|称|稱|透露|指出|"
                    r"表示|说|說)[，,:：]?")
_YINSHU_RE = re.compile(r"引述(?P<np>[^，,。；;]{2,30}?)(?:的话|的話)?(?:说|說|称|稱|表示|指出)"
                        r"[，,:：]?")


@dataclass
class _Speaker:
    name: str
    role: str | None


@dataclass
class _Event:
    start: int
    end: int
    mode: str
    cue: str | None
    who: _Speaker | None
    cue_pos: int


def split_speaker(np: str) -> _Speaker | None:
    """A subject before a cue as (name, role): ``外交部发言人赵立坚`` -> (赵立坚, 外交部发言人),
    ``黃偉哲市長`` -> (黃偉哲, 市長), ``教育局鄭新輝局長`` -> (鄭新輝, 教育局局長), ``總統`` ->
    (總統, None), ``教育局`` -> (教育局, None)."""
    np = np.strip(" 　·、")
    if "的" in np:  # "今日參加活動的劉同學": the noun after the last 的
        np = np.rsplit("的", 1)[1]
    if len(np) < 2 or not _HAN.match(np):
        return None
    if _SOME_RE.match(np):  # "一名官员": someone unnamed, as the text puts it
        return _Speaker(np, None)
    titles = [(m.start(), m.end()) for m in _TITLE_RE.finditer(np)]
    if not titles:
        return _Speaker(np, None)
    ts, te = titles[-1]
    if te < len(np):  # the name after the title: "外交部发言人赵立坚"
        name = np[te:]
        if name.endswith(_ORG_END) and len(name) > 3:
            return _Speaker(np, None)
        return _Speaker(name, np[:te])
    before = np[:ts]
    # the name before the final title: after the last organisation word or earlier title
    cut = 0
    for k in range(len(before) - 1):
        if before[k] in _ORG_END and k >= 1:
            cut = k + 1
    for _s, e in titles[:-1]:
        cut = max(cut, e)
    name = before[cut:]
    if len(name) == 1:  # "杜團長", "劉同學": a surname and a title name the person
        return _Speaker(name + np[ts:], before[:cut] or None)
    if not name:
        return _Speaker(np, None)
    role = (before[:cut] + np[ts:]) or None
    return _Speaker(name, role)


_TURN_RE = re.compile(r"(?P<label>[\u4e00-\u9fff·]{1,10})[：:]\s*(?=\S)")
_CLOSE_OF = {"」": "「", "”": "“", "』": "『"}
_DATELINE = re.compile(r"^[^，,。]*?\d+月\d+日[电電]\s*")


def _trim_subject(region: str) -> str:
    """The subject in the words before a cue: after the last 的 (``今日參加活動的劉同學``)
    and a dateline (``新华社北京3月5日电``), before time, place and the act before speaking
    (``蔡英文總統今（6）日上午接見…時``, ``蔡英文在臉書上``); ``有分析人士`` -> ``分析人士``."""
    if "的" in region:
        region = region[region.rindex("的") + 1:]
    region = _DATELINE.sub("", region)
    m = _SUBJECT_END.search(region)
    if m is not None:
        region = region[:m.start()]  # empty for "隨後致詞時表示": no subject here
    region = region.strip()
    if region.startswith("有") and len(region) >= 4:
        region = region[1:]
    return region


class _Finder:
    def __init__(self, text: str, sentences: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.sentences = line_sentences([text], "zh")[0] if sentences is None else sentences
        self.segs = quoted(text)
        self.quoted = OpenSpans([(g.start, g.end) for g in self.segs])
        self.titled: list[tuple[int, _Speaker]] = []  # people named with a title
        self.last: _Speaker | None = None
        self.last_pos = -1

    def subject(self, s: int, cue_at: int) -> tuple[str, int] | None:
        """The noun phrase before a cue at ``cue_at`` in the clause that starts after ``s``:
        (text, start)."""
        text = self.text
        k = cue_at
        s = max(s, cue_at - _SUBJECT_REACH)  # a subject is a few words, not a clause's all
        while k > s:
            ch = text[k - 1]
            if ch in _CLOSE_OF:
                # (only a name of up to 20 characters is read through)
                o = text.rfind(_CLOSE_OF[ch], max(s, k - 22), k - 1)
                inner = text[o + 1:k - 1] if o >= 0 else ""
                if o >= 0 and len(inner) <= 20 and not re.search(r"[。！？!?，,]", inner):
                    k = o  # a name in marks: "接見「加拿大國會議員訪問團」時指出"
                    continue
                break  # "“…。”他还说": the subject starts after the quote
            if ch in _BOUNDARY or ch in "「“『":
                break
            k -= 1
        region = _trim_subject(text[k:cue_at])
        if not region or re.search("[「“『」”』]|" + _CUE_RE.pattern, region):
            return None  # another clause's words: "鄭新輝強調「…」並指出"
        return (region, k)

    def person(self, np: str, pos: int) -> _Speaker | None:
        """The speaker a subject names, a pronoun or bare title resolved."""
        if np.startswith(_PRONOUNS) and len(np) <= 3:
            # the last speaker, unless a sentence since was about someone else
            topic = max(((p, who) for p, who in self.titled if p < pos),
                        key=lambda t: t[0], default=None)
            if topic is not None and (self.last is None or topic[0] > self.last_pos):
                return topic[1]
            return self.last
        sp = split_speaker(np)
        if sp is None:
            return None
        if sp.role is None and _TITLE_RE.fullmatch(sp.name):
            # "總統" alone: the person the text gave that title last
            for _p, who in sorted((t for t in self.titled if t[0] < pos), key=lambda t: -t[0]):
                if who.role and who.role.endswith(sp.name):
                    return who
            return sp
        if sp.role is not None:
            self.titled.append((pos, sp))
            return sp
        # "耿爽" after "外交部发言人耿爽": the title the text gave that name
        return next((w for _p, w in sorted(self.titled, key=lambda t: -t[0])
                     if w.name == sp.name and _p < pos), sp)

    def prescan(self) -> None:
        """People the text names with a title as a sentence's subject (``蔡英文總統今日…``,
        ``外交部发言人赵立坚表示``), so that a later bare ``總統`` is theirs and a sentence
        with no subject (``並指出，…``) goes to the person the paragraph is about."""
        text = self.text
        for _k, ss, se, _segs in by_sentence(text, [], "zh", self.sentences):
            # the sentence's start, or a clause's after a fronted one ("繼以…後，蔡英文總統
            # 今日…"): the first that opens with a name and a title
            starts = [ss] + [c.end() for c in re.finditer(r"[，,]", text[ss:se])][:3]
            for st in starts:
                st = st if st == ss else ss + st
                m = _HEAD_RE.match(text, st, se)
                if m is None:
                    continue
                sp = split_speaker(m.group("np"))
                if sp is not None and sp.role is not None and 2 <= len(sp.name) <= 4 and \
                        not _CUE_RE.search(sp.name) and not _SUBJECT_END.search(sp.name):
                    self.titled.append((st, sp))
                    break

    def interview(self) -> dict[int, _Event]:
        """Paragraphs of a transcript (``趙立堅：謝謝華春瑩司長！``): a speaker's label and a
        colon; the label names a person with a title or comes back (``問：`` / ``答：`` do
        not name anyone)."""
        found: dict[int, _Event] = {}
        for k, (ps, pe) in enumerate(paragraph_spans(self.text)):
            m = _TURN_RE.match(self.text, ps, pe)
            if m is None or m.group("label") in ("問", "问", "答", "注", "按", "記者", "记者"):
                continue
            sp = self.person(m.group("label"), ps)
            if sp is not None and sp.role is None:
                # "外交部发言人耿爽主持例行记者会" earlier: the title the text gave the name
                t = re.search(r"([\u4e00-\u9fff]{0,8}?(?:" + _TITLES_ALT + "))" +
                              re.escape(sp.name), self.text[:ps])
                if t is not None:
                    sp = _Speaker(sp.name, t.group(1))
            if sp is not None:
                found[k] = _Event(m.end("label") + 1, pe, "direct", "：", sp, ps)
        labels = Counter(ev.who.name for ev in found.values() if ev.who)
        return {k: ev for k, ev in found.items() if ev.who and (
            labels[ev.who.name] >= 2 or ev.who.role is not None)}

    def topic(self, pos: int) -> _Speaker | None:
        """The last person named with a title before ``pos``."""
        best = max(((p, who) for p, who in self.titled if p < pos), key=lambda t: t[0],
                   default=None)
        return best[1] if best else None

    def cues(self, ss: int, se: int) -> list[tuple[int, int, str]]:
        """(start, end, verb) of each verb of saying in the sentence, outside quotes."""
        text = self.text
        out = []
        for m in _CUE_RE.finditer(text, ss, se):
            if self.quoted.inside(m.start()):
                continue
            around = text[max(ss, m.start() - 1):m.end() + 1]
            bad = _NOT_CUE.search(around)
            if bad is not None:
                continue
            nxt = text[m.end():m.end() + 1]
            hearer = _HEARER_RE.match(text, m.end(), se) if m.group() in _TELL else None
            if hearer is not None:
                # "他告诉记者，…", "向媒体表示": the hearer, then what was said
                out.append((m.start(), hearer.end() - 1, m.group()))
                continue
            # what follows must be speech: a mark, a colon or comma, or a clause
            # (the clause after it, up to a full stop, has 6 characters or more)
            at = _LEAD_RE.match(text, m.end(), se).end()  # type: ignore[union-attr]
            if nxt in "，,：:「“『" or se - at >= 6 and not _STOP_RE.search(text, at, at + 6) and \
                    m.group() in ("说", "說", "表示", "提到", "指出", "认为", "認為", "强调",
                                  "強調", "透露", "坦言", "宣布", "宣佈", "称", "稱", "说明",
                                  "說明", "提醒", "重申"):
                out.append((m.start(), m.end(), m.group()))
        return out

    def run(self) -> list[QuoteFind]:
        text = self.text
        self.prescan()
        events: list[_Event] = []
        turns = self.interview()
        done = -1
        for k, ss, se, segs in by_sentence(text, self.segs, "zh", self.sentences):
            if k in turns:
                if k != done:
                    events.append(turns[k])
                    self.last, self.last_pos, done = turns[k].who, turns[k].start, k
                continue
            self.sentence(ss, se, segs, events)
        return [QuoteFind(ev.start, ev.end, ev.who.name if ev.who else None,
                          ev.who.role if ev.who else None, ev.cue, ev.mode,
                          0.8 if ev.cue else 0.5)
                for ev in sorted(events, key=lambda e: e.start)]

    def sentence(self, ss: int, se: int, segs: list, events: list[_Event]) -> None:
        text = self.text
        here: list[_Event] = []
        m = _JU_RE.search(text, ss, se)
        if m and m.start() - ss < 4:
            who = split_speaker(m.group("np"))
            if who is not None and m.end() < se - 4:
                here.append(_Event(m.end(), se, "indirect", "据", who, m.start()))
        m = _YINSHU_RE.search(text, ss, se)
        if m and not here:
            who = split_speaker(m.group("np"))
            if who is not None and m.end() < se - 4:
                here.append(_Event(m.end(), se, "indirect", "引述", who, m.start()))
        if not here:
            said = _Cover()
            at_start = {g.start: g for g in reversed(segs)}  # (the first at each position)
            for cs, ce, verb in self.cues(ss, se):
                if said.covers(cs):
                    continue  # "她指出，X曾說過「…」": words inside what she said
                sub = self.subject(ss, cs)
                who = self.person(sub[0], cs) if sub else None
                if who is None and sub is None:
                    if here:  # "…強調「…」並指出「…」": the sentence's speaker goes on
                        who = here[-1].who
                    elif text[max(ss, cs - 1):cs] in "，,":
                        # "劉同學，目前就讀…，表示…": the sentence's first noun phrase
                        head = re.split(r"[，,]", text[ss:cs])[0]
                        hm = _SUBJECT_END.search(head, 1)
                        who = self.person(head[:hm.start()] if hm else head, cs)
                    else:
                        who = self.last or self.topic(cs)
                if who is None:
                    continue
                start = ce
                while start < se and text[start] in "，,：: ":
                    start += 1
                if se - start < 2:
                    continue
                mode = "direct" if text[start:start + 1] in _OPEN else "indirect"
                end = se
                seg = at_start.get(start)
                if seg is not None:
                    end = seg.end
                here.append(_Event(start, end, mode, verb, who, cs))
                said.add(start, end)
                self.last, self.last_pos = who, cs
        # quotation marks: speech when they hold a sentence or follow a cue
        said = _Cover()
        for ev in here:
            said.add(ev.start, ev.end)
        for g in segs:
            if said.covers(g.start):
                continue
            inner = text[g.inner_start:g.inner_end]
            cue_after = None
            am = _CUE_AFTER_RE.match(text, g.end, se)
            spoken = len(inner) >= 6 and re.search(r"[，,。！？!?；…]", inner)
            if am and (spoken or _CLAUSE_END_RE.match(text, am.end(), se)):
                # "「…」，他說。": the cue ends the clause (else "談及「X」，副總統說…" is a term)
                cue_after = (am.group("np"), am.start("cue"), am.group("cue"))
            before = text[max(ss, g.start - 2):g.start]
            if spoken and cue_after is None and (
                    before and before[-1] in "以為为名及與与和、" or
                    before.endswith(("稱為", "称为")) or
                    _TERM_AFTER_RE.match(text, g.end, se)):
                spoken = None  # a name or slogan: "以「…」為主題"
            if not spoken and cue_after is None:
                continue
            who = None
            cue_verb = None
            if cue_after is not None:
                np = _trim_subject(cue_after[0]) or cue_after[0]
                who = self.person(np, cue_after[1])
                cue_verb = cue_after[2]
            if who is None:
                who = next((ev.who for ev in reversed(here) if ev.start < g.start), None) or \
                    self.last
            if who is None:
                continue
            here.append(_Event(g.start, g.end, "direct", cue_verb, who, g.start))
            said.add(g.start, g.end)
            self.last, self.last_pos = who, g.start
        events.extend(here)


class _Cover:
    """Half-open spans added mostly in order of their starts, asked whether a position lies
    in one of them in one bisection (a sentence of thousands of quotes asks once per quote)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.reach: list[int] = []  # the furthest end among the spans up to each

    def add(self, a: int, b: int) -> None:
        if self.spans and a < self.spans[-1][0]:  # out of order: sorted again (rare)
            self.spans = sorted([*self.spans, (a, b)])
            self.reach = []
            for _a, e in self.spans:
                self.reach.append(max(e, self.reach[-1]) if self.reach else e)
            return
        self.spans.append((a, b))
        self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def covers(self, pos: int) -> bool:
        """Whether ``a <= pos < b`` for one of the spans."""
        k = bisect_right(self.spans, (pos, float("inf"))) - 1
        return k >= 0 and self.reach[k] > pos


def find_quotes_zh(text: str, sentences: list[tuple[int, int]] | None = None
                   ) -> list[QuoteFind]:
    """Every quote of a Chinese ``text``, attributed, in reading order (``sentences``: its
    ``line_sentences`` when already known)."""
    return _Finder(text, sentences).run()
