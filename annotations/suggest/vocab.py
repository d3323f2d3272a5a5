"""General vocabulary the finder reads by: reporting verbs, titles and role nouns, words that
make a capitalised run an organisation rather than a person. English first, with the commonest
German and French reporting words. Nothing here comes from a particular article: no names,
places or institutions."""

from __future__ import annotations

import re


def _forms(*lemmas: str) -> set[str]:
    """Regular verb forms: ``warn`` -> warn, warns, warned."""
    out: set[str] = set()
    for lemma in lemmas:
        out.add(lemma)
        if lemma.endswith("e"):
            out |= {lemma + "s", lemma + "d"}
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        else:
            out |= {lemma + "s", lemma + "ed"}
    return out


#: Verbs that report speech or writing, every form a news sentence uses.
REPORTING: frozenset[str] = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "wrote", "writes", "write", "written",
     "spoke", "speaks", "thought", "thinks", "sang"}
    | _forms(
        "add", "note", "explain", "argue", "stress", "respond", "emphasize", "emphasise",
        "state", "claim", "warn", "insist", "declare", "ask", "reply", "continue", "conclude",
        "suggest", "acknowledge", "admit", "announce", "recall", "remark", "observe",
        "comment", "confirm", "deny", "maintain", "predict", "urge", "caution", "concede",
        "complain", "counter", "lament", "joke", "quip", "report", "tweet", "post",
        "testify", "recount", "shout", "agree", "promise", "vow", "pledge", "believe",
        "assert", "contend", "allege", "mention", "tell", "describe", "reason", "exclaim",
        "answer", "explain", "point", "elaborate", "boast", "cry", "plead", "scream",
        "whisper", "muse", "reflect", "wonder", "demand", "reiterate", "underline",
        "underscore", "highlight", "indicate", "clarify", "specify", "propose", "recommend",
        "estimate", "calculate", "forecast", "warn", "threaten", "accuse", "criticize",
        "criticise", "praise", "welcome", "caution", "advise", "inform", "assure",
        "charge", "reveal", "disclose", "concur", "object", "protest", "retort", "snap",
        "hint", "discuss", "sigh", "call",
        "yell", "chant", "bark", "boom", "holler", "interject", "mutter", "murmur", "gush",
        "rave", "rant", "fume", "growl", "thunder", "marvel", "chuckle", "laugh", "recite",
        "intone", "implore", "beg", "scoff", "sneer", "shoot", "fire", "chime", "crow",
        "proclaim",
    )
    | {"admitted", "quipped", "snapped"}  # a doubled consonant (not "admited")
    | {"forecast", "went", "goes", "pointed", "points", "wrote", "sagte", "sagt", "sagten",
       "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "schrieb", "schreibt",
       "fügte", "warnte", "warnt", "kritisierte", "sagen", "dit", "déclaré", "affirmé",
       "expliqué", "ajouté", "estime", "souligné"}
)
#: Verbs whose object is the hearer, not the words: ``told reporters``, ``told CNN``.
HEARER_VERBS = frozenset({"told", "tells", "tell", "informed", "assured", "asked", "urged",
                          "advised", "warned", "reminded"})
#: Reporting phrases whose particle follows: ``pointed out``, ``went on``.
PARTICLES = frozenset({"out", "on", "up", "back"})

#: Titles and role nouns: what a person is, before or after the name.
TITLES: frozenset[str] = frozenset(
    """president vice minister secretary spokesman spokeswoman spokesperson spokespeople
    chancellor premier chairman chairwoman chair chairperson director governor mayor senator
    representative rep sen gov congressman congresswoman ambassador envoy commissioner
    general admiral colonel major captain lieutenant sergeant commander chief officer
    official officials professor prof researcher scientist analyst expert economist
    strategist adviser advisor consultant lawyer attorney judge justice prosecutor counsel
    doctor dr nurse physician surgeon editor reporter correspondent journalist columnist
    author writer founder cofounder co-founder ceo cfo coo cto executive manager head leader
    deputy assistant associate councillor councilor council member members mp mep king queen
    prince princess duke duchess pope bishop archbishop rabbi imam pastor reverend rev
    father sister brother mother wife husband son daughter student teacher principal dean
    coach player captain manager owner partner president-elect candidate nominee delegate
    lawmaker legislator politician activist campaigner organizer organiser resident
    residents witness witnesses victim survivor fan fans worker workers employee employees
    observer observers scholar fellow lecturer historian sociologist psychologist engineer
    designer producer actor actress singer artist host anchor presenter commentator
    mr mrs ms miss sir dame lord lady mister herr frau monsieur madame mme
    sheriff inspector detective constable superintendent agent staffer aide aides
    treasurer clerk speaker whip leader chief-executive boss supervisor trustee person
    people someone somebody anyone source sources voter supporter critic operative neighbor
    neighbour parent friend relative colleague insider participant attendee caller
    commissioner capt sgt adm maj cmdr lt col gen commenter protester demonstrator donor
    contributor volunteer user reader viewer listener customer patient man woman men women
    boy girl crowd audience""".split()
)
TITLES = TITLES | frozenset(t + "s" for t in TITLES if not t.endswith("s"))
#: Titles that also stand alone as the word for a person (``the minister``, ``the expert``).
ROLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"president", "leader", "premier", "chancellor", "head", "king", "queen"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official"}),
    frozenset({"expert", "analyst", "researcher", "professor", "scholar", "observer",
               "scientist", "economist", "strategist", "fellow", "lecturer", "historian"}),
    frozenset({"minister", "secretary"}),
    frozenset({"official", "officer", "officials", "aide", "staffer"}),
    frozenset({"ceo", "executive", "chief", "boss", "founder", "director", "head"}),
    frozenset({"lawyer", "attorney", "counsel"}),
    frozenset({"senator", "sen"}),
    frozenset({"governor", "gov"}),
    frozenset({"representative", "rep", "congressman", "congresswoman"}),
)
#: Words that make a capitalised run an organisation, a place or a thing, not a person.
ORG_WORDS: frozenset[str] = frozenset(
    """ministry department university academy club council agency office party committee
    association institute institution foundation company corporation corp inc ltd llc plc
    group bank court police army navy forces force union federation republic kingdom states
    state government parliament assembly senate house congress commission centre center
    museum school college hospital organization organisation news post times journal press
    service network station bureau administration authority board fund trust alliance
    movement coalition league society church county city province region district street
    avenue road square park airport port river lake mountain island ocean sea valley
    initiative program programme project treaty agreement act law summit conference
    forum dialogue war games cup championship festival award awards prize day night week
    magazine daily tribune herald gazette radio television tv channel studio studios
    records media team club industries systems technologies labs laboratory airlines
    motors energy health care foods campaign staff
    hotel tower plaza building stadium arena casino resort mall palace cathedral theater
    theatre prison restaurant
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
ORG_WORDS = ORG_WORDS | frozenset(w + "s" for w in ORG_WORDS if not w.endswith("s")) | {
    "institution", "institutions"}
#: Capitalised words that start sentences or clauses but name nobody.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """the a an and but or if when while as at in on of for to from by with without after
    before since until during this that these those it its it's he she they we i you his
    her their our my your there here then so yet also however meanwhile still now thus
    instead indeed though although because according asked speaking writing last next
    one two three four five six seven eight nine ten first second new old former
    mr mrs ms dr prof st some many most all both each every no not yes
    several few even soon only just rather nevertheless nonetheless perhaps maybe otherwise
    already almost never ever sometimes often""".split()
)
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "er", "sie"})
DETERMINERS: frozenset[str] = frozenset({"a", "an", "the", "its", "his", "her", "their", "our",
                                          "one", "another", "this", "that", "der", "die",
                                          "das", "ein", "eine", "le", "la", "un", "une"})
#: Lower-case modifiers that may sit inside a role: ``a senior government official``.
MODIFIERS: frozenset[str] = frozenset(
    """former senior top chief deputy acting interim current outgoing incoming longtime
    longtime veteran local regional national international foreign federal state city
    county military defence defense government company police party opposition ruling
    press foreign-ministry ministry alliance white house campaign union industry
    independent senior-level high-ranking unnamed anonymous another other second
    several many some two three""".split()
)
SPEECH_NOUNS = frozenset({"statement", "interview", "speech", "email", "letter", "tweet",
                          "post", "message", "briefing", "conference", "remarks"})

WORD_RE = re.compile(r"[\w][\w'’.-]*")

#: Words that tell a person's gender when they stand next to the name (titles, kin words).
FEMALE_WORDS = frozenset("""mrs ms miss duchess queen princess lady dame madame mme frau
    spokeswoman chairwoman congresswoman businesswoman actress wife mother daughter sister
    grandmother aunt niece girl woman she her hers herself""".split())
MALE_WORDS = frozenset("""mr duke king prince lord sir herr monsieur spokesman chairman
    congressman businessman actor husband father son brother grandfather uncle nephew boy
    man he his him himself""".split())
#: Cues that say the same speaker goes on: ``he added``, ``she continued``.
CONTINUING = frozenset({"added", "adds", "continued", "continues", "went on", "goes on",
                        "concluded", "recalled", "joked", "quipped"})
#: Participles whose speaker is the clause's subject: ``he declined, saying "…"``.
PARTICIPLES = frozenset({"saying", "adding", "telling", "noting", "asking", "explaining",
                         "insisting", "warning", "arguing", "writing", "stressing"})

#: Nouns for a text that speaks (``it`` can stand for one; ``the Reed ad`` is one).
TEXT_NOUNS = frozenset("""statement report study survey poll memo letter email e-mail complaint
    lawsuit suit filing ad advert advertisement release document analysis website tweet book
    editorial article column ruling indictment message announcement notice sign banner
    caption headline verdict order review note blog video post petition resolution motion
    brief transcript newspaper paper magazine bill law plan proposal platform order
    decision opinion assessment audit cable""".split())

#: The commonest irregular past forms: a verb, never a name's word (``left Sen. X``,
#: ``Mrs. Clinton shook her head``).
IRREGULAR_PAST = frozenset("""took gave made went came saw knew thought found got felt left
    kept held brought began became ran won lost paid met sent spent led told said wrote spoke
    broke chose stood sold bought threw drew grew rose fell sat put let""".split())

#: Words ending in -s that are no plural noun (``this``, ``news``, ``perhaps``): no group
#: that could be ``they``.
NOT_PLURAL = frozenset({"this", "its", "his", "has", "was", "is", "does", "says", "news",
                        "us", "less", "unless", "thus", "across", "always", "perhaps"})


#: Subordinating conjunctions: a clause they open is no main clause (``When X criticized Y,
#: …``).
SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "if", "because",
                           "although", "though", "since", "once", "unless", "until"})
#: A subordinate clause's opening, after a conjunction or not (``When``, ``But as``).
SUBORDINATE_OPENING = re.compile(r"(?i)(?:(?:but|and|yet|so)\s+)?(?:"
                                 + "|".join(sorted(SUBORDINATORS)) + r")\b")
