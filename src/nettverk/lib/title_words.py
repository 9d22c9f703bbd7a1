"""The vocabulary behind `nettverk.lib.titles`: English, Swedish and Norwegian (Bokmål) title words.

Plain data, no logic. Five tables:

- `WORDS`: whole words (mostly English, plus Nordic words that are not compounds) → `Cue`.
  `HEAD_WORDS` override `WORDS` when the word is the last one of a title ("Sales Lead" vs
  "Lead Developer"): English puts the role noun last.
- `PHRASES`: multi-word patterns ("head of", "daglig leder") → `Cue`; they win over their words.
- `SUFFIXES`: the role at the end of a Nordic compound ("-chef", "-sjef", "-utvikler") → `Suffix`.
- `STEMS`: the other components of a Nordic compound ("ekonomi", "salg") → `Stem`, including
  neutral ones ("bedrift", "løsning") that name no function but are whole components, so that
  "bedrift|s|advokat" never reads as "drift".
- `MODIFIERS`: components that change the head's seniority ("chefs-", "junior-") → `Modifier`.

Components are whole words as they appear inside a compound (no truncated stems): titles.py splits
a compound into them from the left, allowing a linking "s" or "e" between two of them.

Weights say how sure a word is. Function: 3 a domain word ("sales"), 2 a role noun that implies a
domain ("engineer", "recruiter"), 1 a hint ("project", "partner" → executive). A compound's
stems get one point more; a head that names its own domain ("-jurist", "-säljare") weighs 5 and
so keeps its function ("Skatteadvokat" is legal), a generic one ("-utvecklare") weighs 2 and
yields to its stems ("Produktutvecklare" is product). Seniority: 5 an
explicit title ("CEO", "head of"), 4 a strong marker ("board", "junior"), 3 a role noun
("manager", "-chef"), 1 a mid-level marker ("senior", "specialist"); an entry-level head noun
("assistant", "-praktikant") gets 6 because it describes the whole person, not a modifier.
"""

from __future__ import annotations

from typing import NamedTuple, TypeVar

_T = TypeVar("_T")


class Cue(NamedTuple):
    """Evidence a word or phrase gives: a function and/or a seniority, each with a weight."""

    function: str | None = None
    f_weight: int = 0
    seniority: str | None = None
    s_weight: int = 0


class Stem(NamedTuple):
    """A compound's front part. `top` marks a whole department, so "-chef" means its head.

    `level` overrides the suffix's seniority for leadership suffixes ("styre" + "-leder" → board)
    when the stem stands right before the suffix.
    """

    function: str | None
    weight: int = 3
    top: bool = False
    level: str | None = None


class Suffix(NamedTuple):
    """A compound's role ending. `kind` tells how stems change its seniority (see titles.py)."""

    seniority: str
    weight: int = 1
    function: str | None = None
    f_weight: int = 2
    kind: str = "plain"


class Modifier(NamedTuple):
    """A component that sets the seniority of the role after it ("chefs-" + "jurist").

    `chief` modifiers only lift plain specialist heads: "Chefsjurist" is a director, but a
    "Chefssekreterare" is still a secretary and a Norwegian "sjefingeniør" a pay grade.
    """

    seniority: str
    weight: int
    chief: bool = False


def _f(function: str, weight: int = 3) -> Cue:
    return Cue(function, weight)


def _s(seniority: str, weight: int = 3) -> Cue:
    return Cue(None, 0, seniority, weight)


def _fs(function: str, seniority: str, f_weight: int = 3, s_weight: int = 3) -> Cue:
    return Cue(function, f_weight, seniority, s_weight)


def _each(words: str, value: _T) -> dict[str, _T]:
    return dict.fromkeys(words.split(), value)


# Done before tokenising: these lose their meaning once "&" and "." split titles into parts.
REWRITES: dict[str, str] = {
    "r&d": "rnd", "r & d": "rnd", "fp&a": "fpa", "m&a": "mna", "l&d": "lnd", "p&c": "pnc",
    "c-suite": "csuite", "c-level": "clevel", "e-commerce": "ecommerce",
}

WORDS: dict[str, Cue] = {
    # finance: accounting, controlling, audit, payroll and treasury belong here by contract
    **_each(
        "finance financial finances finans finansiell accounting accountancy controlling audit "
        "auditing assurance payroll treasury tax taxation bookkeeping fpa billing invoicing "
        "credit investment investments mna ekonomi økonomi regnskap redovisning",
        _f("finance"),
    ),
    **_each("accounts economy risk", _f("finance", 2)),
    **_each(
        "accountant auditor bookkeeper treasurer comptroller controller economist actuary "
        "revisor kontroller",
        _fs("finance", "professional", 2, 1),
    ),
    # hr
    **_each(
        "hr people personnel talent recruitment recruiting compensation benefits lnd pnc "
        "onboarding workforce",
        _f("hr"),
    ),
    **_each("culture learning employee", _f("hr", 2)),
    **_each("recruiter headhunter", _fs("hr", "professional", 2, 1)),
    "hrbp": _fs("hr", "professional", 3, 1),
    # it: software development and IT operations belong here by contract
    **_each(
        "it ict software engineering programming devops sre sysadmin cloud security "
        "cybersecurity infosec data database dba backend frontend fullstack ios android "
        "helpdesk servicedesk hardware ai ml technology",
        _f("it"),
    ),
    **_each(
        "tech technical system systems network networks infrastructure analytics bi web mobile "
        "qa testing architecture information platform integration erp sap scrum",
        _f("it", 2),
    ),
    **_each("development digital support agile test", _f("it", 1)),
    **_each("developer programmer coder webmaster tester", _fs("it", "professional", 2, 1)),
    "engineer": _fs("it", "professional", 2, 1),
    "architect": _fs("it", "professional", 1, 1),
    # engineering outside software stays "other" rather than drifting into it
    **_each("mechanical electrical civil structural chemical", _f("other")),
    # sales
    **_each("sales sale selling commercial revenue bizdev bdr sdr presales ecommerce", _f("sales")),
    **_each(
        "account customer customers client clients partnership partnerships channel retail "
        "export store shop",
        _f("sales", 2),
    ),
    **_each("salesperson salesman saleswoman seller", _fs("sales", "professional", 2, 1)),
    **_each("representative rep", _fs("sales", "professional", 1, 1)),
    # marketing
    **_each(
        "marketing brand branding seo sem ppc advertising marknadsföring markedsføring",
        _f("marketing"),
    ),
    **_each(
        "growth content creative campaign campaigns demand events event community social "
        "influencer market",
        _f("marketing", 2),
    ),
    **_each("crm insights", _f("marketing", 1)),
    **_each("marketer copywriter", _fs("marketing", "professional", 2, 1)),
    # communications
    **_each("communications communication comms pr press spokesperson", _f("communications")),
    **_each("media newsroom", _f("communications", 2)),
    **_each("editor journalist", _fs("communications", "professional", 2, 1)),
    "writer": _fs("communications", "professional", 1, 1),
    # operations
    **_each(
        "operations operational operating ops logistics warehouse manufacturing facility "
        "facilities quality maintenance fleet transport transportation shipping hse hms ehs "
        "operativ operasjonell operativt",
        _f("operations"),
    ),
    **_each("production plant process office administration admin administrative",
            _f("operations", 2)),
    **_each("project projects program programme delivery service lean", _f("operations", 1)),
    "administrator": _fs("operations", "professional", 1, 1),
    "dispatcher": _fs("operations", "professional", 2, 1),
    "planner": _fs("operations", "professional", 1, 1),
    # legal
    **_each("legal compliance gdpr juridik juridisk", _f("legal")),
    **_each("law counsel privacy regulatory contract contracts", _f("legal", 2)),
    **_each("lawyer attorney paralegal solicitor barrister notary jurist advokat dpo",
            _fs("legal", "professional", 2, 1)),
    # procurement
    **_each("procurement purchasing sourcing", _f("procurement")),
    **_each("vendor supplier supply category tender tendering", _f("procurement", 2)),
    **_each("purchaser buyer", _fs("procurement", "professional", 2, 1)),
    # product
    **_each("product products ux ui", _f("product")),
    "design": _f("product", 2),
    "designer": _fs("product", "professional", 2, 1),
    "produkteier": _fs("product", "professional", 5, 5),
    "produktägare": _fs("product", "professional", 5, 5),
    # research
    **_each("research rnd phd scientific laboratory lab", _f("research")),
    **_each("science academic doctoral", _f("research", 2)),
    **_each("innovation clinical fellow", _f("research", 1)),
    **_each("researcher scientist lecturer", _fs("research", "professional", 2, 1)),
    **_each("postdoc", _fs("research", "professional", 3, 1)),
    "professor": _fs("research", "professional", 3, 2),
    **_each("doktorand stipendiat", _fs("research", "entry", 3, 4)),
    # executive: general management, founders, owners and the board
    **_each("executive", _f("executive", 1)),
    **_each("strategy", _f("executive", 2)),
    **_each("ceo vd md vvd", _fs("executive", "c_level", 4, 5)),
    **_each("csuite clevel", _fs("executive", "c_level", 2, 4)),
    **_each(
        "generaldirektør generaldirektör generalsekretær generalsekreterare konsernsjef "
        "koncernchef",
        _fs("executive", "c_level", 4, 5),
    ),
    "president": _fs("executive", "c_level", 2, 3),
    **_each(
        "board styret styrelsen styrelse styre bestyrelse bestyrelsen chairman chairwoman "
        "chairperson chair trustee ned nonexecutive",
        _fs("executive", "board", 2, 4),
    ),
    **_each("founder founders cofounder grunnlegger medgrunnlegger", _fs("executive", "owner")),
    **_each("owner coowner proprietor", _fs("executive", "owner")),
    **_each("entrepreneur entreprenör entreprenør investor selfemployed egenföretagare",
            _fs("executive", "owner", 2, 3)),
    "partner": _fs("executive", "owner", 1, 3),
    # seniority-only words
    **_each("vp svp evp avp", _s("director", 4)),
    "vicepresident": _s("director", 5),
    "director": _fs("executive", "director", 1, 3),
    "head": _s("director"),
    "rektor": _s("director"),
    "chief": _s("manager", 2),
    **_each("manager mgr supervisor foreman superintendent leader boss nestleder", _s("manager")),
    **_each(
        "senior sr principal staff specialist expert consultant advisor adviser analyst associate "
        "officer agent technician coordinator generalist freelancer freelance frilans frilansare "
        "professional contractor intermediate medior secretary receptionist",
        _s("professional", 1),
    ),
    **_each("junior jr graduate apprentice intern internship trainee student werkstudent",
            _s("entry", 4)),
    **_each("assistant asst", _s("entry", 1)),
    "lead": _s("professional", 1),
    "personal": _f("hr", 1),  # Swedish for staff; "personal assistant" is a phrase
}

# The last word of an English title is its head noun: "Sales Lead" leads, "Lead Developer" does not.
HEAD_WORDS: dict[str, Cue] = {
    "lead": _s("manager"),
    "executive": _s("professional", 1),
    **_each("assistant asst intern trainee student apprentice", _s("entry", 6)),
}

# "Chief … Officer" with up to three words between is handled in titles.py; these are the rest.
PHRASES: dict[tuple[str, ...], Cue] = {
    ("managing", "director"): _fs("executive", "c_level", 4, 5),
    ("chief", "executive"): _fs("executive", "c_level", 4, 5),
    **dict.fromkeys(
        [("daglig", "leder"), ("daglige", "ledere"), ("dagleg", "leiar"), ("adm", "dir"),
         ("adm", "direktør"), ("adm", "direktor"), ("administrerende", "direktør"),
         ("administrerande", "direktør"), ("viseadministrerende", "direktør"),
         ("verkställande", "direktör"),
         ("verkstallande", "direktor")],
        _fs("executive", "c_level", 4, 5),
    ),
    ("chief", "of", "staff"): _fs("executive", "director", 3, 5),
    ("general", "manager"): _fs("executive", "director", 2, 5),
    ("country", "manager"): _fs("executive", "director", 2, 5),
    ("vice", "president"): _s("director", 5),
    ("head", "of"): _s("director", 5),
    ("team", "lead"): _s("manager", 5),
    ("team", "leader"): _s("manager", 5),
    **dict.fromkeys([("tech", "lead"), ("technical", "lead"), ("tech", "leader")],
                    _fs("it", "manager", 3, 5)),
    **dict.fromkeys(
        [("board", "member"), ("board", "director"), ("board", "of", "directors"),
         ("non", "executive", "director"), ("non", "executive")],
        _fs("executive", "board", 2, 5),
    ),
    **dict.fromkeys(
        [("account", "executive"), ("account", "manager"), ("key", "account", "manager"),
         ("key", "account")],
        _fs("sales", "professional", 4, 5),
    ),
    **dict.fromkeys(
        [("customer", "success"), ("customer", "service"), ("customer", "support"),
         ("customer", "care"), ("business", "development"), ("business", "developer"),
         ("partner", "manager")],
        _f("sales", 4),
    ),
    ("business", "partner"): _s("professional", 5),
    **dict.fromkeys(
        [("human", "resources"), ("talent", "acquisition"), ("people", "operations"),
         ("people", "ops")],
        _f("hr", 5),
    ),
    **dict.fromkeys(
        [("public", "relations"), ("public", "affairs"), ("corporate", "affairs"),
         ("corporate", "communications"), ("internal", "communications")],
        _f("communications", 5),
    ),
    **dict.fromkeys(
        [("investor", "relations"), ("accounts", "payable"), ("accounts", "receivable"),
         ("financial", "planning")],
        _f("finance", 5),
    ),
    **dict.fromkeys([("supply", "chain"), ("quality", "assurance"), ("quality", "control")],
                    _f("operations", 5)),
    **dict.fromkeys(
        [("it", "operations"), ("ict", "operations"), ("information", "technology"),
         ("it", "support"), ("machine", "learning"), ("site", "reliability"), ("full", "stack"),
         ("front", "end"), ("back", "end")],
        _f("it", 5),
    ),
    ("data", "protection"): _f("legal", 5),
    ("general", "counsel"): _fs("legal", "director", 5, 5),
    ("product", "owner"): _fs("product", "professional", 5, 5),
    **dict.fromkeys([("user", "experience"), ("user", "interface"), ("product", "design")],
                    _f("product", 5)),
    **dict.fromkeys(
        [("product", "marketing"), ("social", "media"), ("market", "research"),
         ("growth", "hacker"), ("demand", "generation"), ("lead", "generation")],
        _f("marketing", 5),
    ),
    ("scrum", "master"): _fs("it", "professional", 4, 2),
    **dict.fromkeys([("chief", "editor"), ("editor", "in", "chief")],
                    _fs("communications", "director", 3, 5)),
    ("entry", "level"): _s("entry", 5),
    **dict.fromkeys([("executive", "assistant"), ("personal", "assistant")], _s("entry", 6)),
    **dict.fromkeys(
        [("phd", "student"), ("phd", "candidate"), ("doctoral", "student"),
         ("doctoral", "candidate")],
        _fs("research", "entry", 3, 5),
    ),
    **dict.fromkeys([("self", "employed"), ("selvstendig", "næringsdrivende")],
                    _fs("executive", "owner", 2, 3)),
}

# "HR Partner", "Finance Partner": a partner to a function is a specialist, not an owner.
PHRASES.update(
    {(word, "partner"): _fs(cue.function, "professional", cue.f_weight, 5)
     for word, cue in WORDS.items()
     if cue.function not in (None, "executive") and cue.f_weight >= 3}
)

# Chief-x-officer acronyms; a three-letter c?o not listed here is read as c_level/executive.
CXO: dict[str, str] = {
    "ceo": "executive", "cfo": "finance", "cto": "it", "cio": "it", "ciso": "it", "cdo": "it",
    "coo": "operations", "cmo": "marketing", "cgo": "marketing", "cro": "sales", "cco": "sales",
    "chro": "hr", "cpo": "product", "clo": "legal", "cao": "finance",
}

# Kinds: "boss" (-chef/-sjef) heads a department when the stem is one; "resp" (-ansvarig) is a
# manager for a department but a specialist for a topic ("pressansvarig"); "lead", "dir",
# "member" and "chair" take a stem's own level ("styre" + "-leder" → board); "partner" to a
# function ("HR-partner") is a specialist.
_BOSS = Suffix("manager", 3, kind="boss")
_LEAD = Suffix("manager", 3, kind="lead")
_DIR = Suffix("director", 3, "executive", 1, kind="dir")
_RESP = Suffix("professional", 2, kind="resp")
_OWNER = Suffix("owner", 3, "executive", 3)
_ENTRY = Suffix("entry", 6)
_PRO = Suffix("professional", 1)
_AIDE = Suffix("professional", 1, kind="aide")
_GRADE = Suffix("professional", 1, kind="grade")


def _pro(function: str, weight: int = 5) -> Suffix:
    """A specialist head that names its domain; at 5 it outweighs any stem in front of it."""
    return Suffix("professional", 1, function, weight)


SUFFIXES: dict[str, Suffix] = {
    **_each("chef sjef", _BOSS),
    **_each("leder ledare leiar", _LEAD),
    **_each("direktör direktør direktor", _DIR),
    **_each("ansvarig ansvarlig", _RESP),
    "medlem": Suffix("professional", 1, kind="member"),
    "ledamot": Suffix("board", 4, "executive", 2, kind="member"),
    **_each("ordförande ordforande ordfører", Suffix("board", 4, "executive", 2, kind="chair")),
    **_each("ägare eier innehavare innehaver grundare gründer grunder", _OWNER),
    "partner": Suffix("owner", 3, "executive", 1, kind="partner"),
    "suppleant": Suffix("board", 4, "executive", 2),
    "manager": Suffix("manager", 3),
    **_each("assistent praktikant trainee lärling lærling elev student", _ENTRY),
    **_each(
        "konsult rådgivare rådgiver specialist spesialist analytiker koordinator "
        "handläggare saksbehandler medarbetare medarbeider tekniker designer ingenjör "
        "fullmektig fullmäktig fører förare pleier generalist lärare lærer ombud strateg "
        "förvaltare forvalter samordnare samordner utredare utreder montör montør vikar lektor",
        _PRO,
    ),
    **_each("sekreterare sekretær", _AIDE),
    # Norwegian civil-service grades: a "sjefingeniør" is a senior engineer, not a chief
    **_each("konsulent ingeniør", _GRADE),
    **_each("ekonom økonom revisor controller kontroller bokförare bokholder kasserer kassör",
            _pro("finance")),
    **_each("jurist advokat", _pro("legal")),
    **_each("säljare selger", _pro("sales")),
    **_each("inköpare innkjøper upphandlare", _pro("procurement")),
    **_each("programmerare programmerer arkitekt", _pro("it")),
    **_each("administratör administrator", _pro("operations", 1)),
    **_each("operatör operatør planerare planlegger", _pro("operations", 2)),
    **_each("testare", _pro("it", 2)),
    # generic heads: "Produktutvecklare" is product, "Markedsforsker" marketing
    **_each("utvecklare utvikler", _pro("it", 2)),
    **_each("forsker forskare", _pro("research", 2)),
    **_each("rekryterare rekrutterer", _pro("hr")),
    **_each("redaktör redaktør kommunikatör kommunikatør informatör informatør journalist",
            _pro("communications")),
    **_each("talsperson talsman talesperson talsmann", _pro("communications", 2)),
}

STEMS: dict[str, Stem] = {
    # finance
    **_each("ekonomi økonomi okonomi finans finance", Stem("finance", top=True)),
    **_each(
        "regnskap redovisning bokföring bokføring bokslut lön löne lønn revision revisjon skatt "
        "kredit kreditt fakturering faktura treasury budget budsjett controlling finansiering "
        "investering fond",
        Stem("finance"),
    ),
    # hr
    **_each("hr personal personell", Stem("hr", top=True)),
    **_each("rekrytering rekruttering talent kompetens kompetanse bemanning", Stem("hr")),
    # it
    **_each("it ikt itdrift systemdrift teknik teknikk teknologi informatik informatikk "
            "säkerhet sikkerhet teknisk", Stem("it", top=True)),
    "utveckling": Stem("it", 1, top=True),
    "utvikling": Stem("it", 1, top=True),
    "digital": Stem("it", 1, top=True),
    **_each(
        "system data databas database frontend backend fullstack web webb app nätverk nettverk "
        "server applikation applikasjon support helpdesk servicedesk infrastruktur plattform "
        "devops cyber tech program programvara programvare mjukvara mjukvaru moln",
        Stem("it"),
    ),
    **_each("integration integrasjon test", Stem("it", 1)),
    # sales
    **_each("försäljning forsaljning salg sälj sales kommersiell kundservice kundeservice "
            "kundtjänst kundtjeneste", Stem("sales", top=True)),
    **_each("kund kunde butik butikk affär forretning account export eksport handel "
            "nyckelkund nøkkelkunde", Stem("sales")),
    # marketing
    **_each("marknad marked marketing marknadsföring markedsføring", Stem("marketing", top=True)),
    **_each("seo sem", Stem("marketing")),
    **_each("varumärke varemerke merkevare reklam reklame kampanj kampanje innhold innehåll "
            "event evenemang annons annonse", Stem("marketing")),
    # communications: the Nordic "informasjon" is PR work, unlike the English "information"
    **_each("kommunikation kommunikasjon informasjon information",
            Stem("communications", top=True)),
    **_each("press presse media medie pr samhällskontakt samfunnskontakt redaktion redaksjon",
            Stem("communications")),
    # operations
    **_each("drift produktion produksjon logistik logistikk kvalitet fabrik fabrikk operasjon "
            "operation", Stem("operations", top=True)),
    **_each("verksamhet administration administrasjon förvaltning forvaltning",
            Stem("operations", 2, top=True)),
    **_each("lager transport frakt leverans leveranse fastighet eiendom hms kontor anläggning "
            "anlegg distribution distribusjon verkstad verksted arbetsmiljö arbeidsmiljø",
            Stem("operations", 2)),
    **_each("underhåll vedlikehold", Stem("operations")),
    **_each("projekt prosjekt service planering planlegging skift", Stem("operations", 1)),
    # legal: privacy and data protection belong here ("Personvernombud", "Dataskyddsjurist")
    **_each("juridik juridisk legal compliance personvern dataskydd databeskyttelse "
            "personuppgift regelefterlevnad", Stem("legal", top=True)),
    **_each("jurist advokat avtal avtale kontrakt patent jus juss", Stem("legal")),
    # procurement: category management is purchasing ("Kategorichef")
    **_each("inköp innköp innkjøp upphandling anskaffelse anskaffning procurement",
            Stem("procurement", top=True)),
    **_each("leverantör leverandør sourcing kategori", Stem("procurement", 2)),
    # product
    **_each("produkt product", Stem("product", top=True)),
    **_each("ux design", Stem("product", 2)),
    # research
    **_each("forskning vetenskap vitenskap", Stem("research", top=True)),
    **_each("labb laboratorium innovation innovasjon utredning", Stem("research", 1)),
    # buildings and landscapes: their architects are not in IT; strong enough to beat "-arkitekt"
    **_each("landskap interiør interiör", Stem("other", 5)),
    # executive: the group ("konsern") and the board ("styre") lift leadership suffixes
    **_each("konsern koncern", Stem("executive", 1, level="c_level")),
    **_each("styre styrelse bestyrelse", Stem("executive", 2, level="board")),
    "vd": Stem("executive", 2),
    # a business area or division is run by a director ("Affärsområdeschef")
    **_each(
        "affärsområde affärsomrade forretningsområde forretningsomrade virksomhetsområde "
        "verksamhetsområde division divisjon affärsenhet forretningsenhet",
        Stem("executive", 1, level="director"),
    ),
    # neutral components: no function, but whole words, so a stem inside them never counts
    **_each(
        "avdeling avdelning grupp gruppe team region distrikt område omrade filial enhet "
        "sektion seksjon plats bedrift företag foretag foretak selskap bolag firma løsning "
        "lösning losning virksomhet organisasjon organisation kommun kommune senter center "
        "sekretariat kansli vice fag intern extern ekstern",
        Stem(None),
    ),
}

# Components that set the seniority of the head after them: "chefs-"/"sjefs-" mean chief.
MODIFIERS: dict[str, Modifier] = {
    **_each("chef sjef", Modifier("director", 4, chief=True)),
    "junior": Modifier("entry", 4),
    "senior": Modifier("professional", 1),
}

# Inflected endings tried, in order, when a word is not known as written: plurals and definite
# forms, so "ekonomichefer", "økonomidirektører", "utvecklarna", "advokatfirmaet" and "CFOs" read
# as singulars.
INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ies", "y"), ("arna", "are"), ("erna", ""), ("öter", "ot"), ("mmer", "m"), ("ene", ""),
    ("erne", ""), ("ere", "er"), ("orer", "or"), ("er", ""), ("ar", ""), ("en", ""), ("et", ""),
    ("na", ""), ("ne", ""), ("a", ""), ("e", ""), ("es", ""), ("s", ""),
)

CONJUNCTIONS = frozenset({"and", "och", "og", "samt", "und", "or", "eller", "plus"})

# Words after which the rest names an organisation, a boss or a topic, not the role itself.
ORG_MARKERS = frozenset(
    {"at", "@", "hos", "på", "i", "vid", "ved", "to", "til", "till", "for", "för", "with"}
)

# "Leder i styret" is a board role, so these never start an organisation tail.
BOARD_WORDS = frozenset({"board", "styret", "styrelsen", "styrelse", "styre", "bestyrelsen"})
