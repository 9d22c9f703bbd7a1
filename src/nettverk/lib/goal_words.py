"""The vocabulary behind `nettverk.lib.goal_sentences`: English, Swedish and Norwegian goal words.

Plain data, no logic. Job-title words (functions, seniorities) live in `title_words`; these tables
hold what a goal says beyond a title: counts, verbs that say what is counted, generic people,
decision-maker words, industries, places and skills.
"""

from __future__ import annotations

from typing import TypeVar

_T = TypeVar("_T")


def each(words: str, value: _T) -> dict[str, _T]:
    return dict.fromkeys(words.split(), value)


def word_set(words: str) -> frozenset[str]:
    """A set of the whitespace-separated words: keeps long word tables readable."""
    return frozenset(words.split())


# Number words per language. "to" is two only in Norwegian; in English it is a preposition.
NUMBERS: dict[str, dict[str, int]] = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "once": 1,
        "twice": 2,
    },
    "sv": {
        "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
        "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
        "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "aderton": 18, "nitton": 19,
        "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "hundra": 100,
    },
    "nb": {
        "en": 1, "én": 1, "ett": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
        "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
        "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18,
        "nitten": 19, "tjue": 20, "tyve": 20, "tretti": 30, "førti": 40, "femti": 50,
        "hundre": 100,
    },
}

# Words that are also articles: they count only right before a person ("en ekonomichef").
ARTICLES = frozenset({"en", "ett", "ei", "et", "a", "an", "one", "én"})

# Multi-word counts, matched on lowercased text.
NUMBER_PHRASES: dict[str, int] = {
    "a couple of": 2, "a couple": 2, "a pair of": 2, "half a dozen": 6, "a dozen": 12,
    "ett par": 2, "et par": 2, "ett dussin": 12, "et dusin": 12, "ett halvdussin": 6,
    "et halvt dusin": 6,
}

# Every number word of every language, for "the next six weeks" style periods.
ALL_NUMBERS: dict[str, int] = {
    **NUMBERS["sv"], **NUMBERS["nb"], **NUMBERS["en"], "a": 1, "an": 1, "et": 1,
}

# "at least 2": these mark a minimum and are skipped in front of a count.
AT_LEAST = ("at least", "minimum", "min.", "minst", "no fewer than", "not less than",
            "ikke mindre enn", "inte mindre än", "mer enn", "mer än", "more than", "over", "över")

# Generic people: the head of a noun phrase after a count, but never a segment by themselves.
PEOPLE = word_set(
    """people person persons individuals contacts contact connections connection relationships
    customers customer clients client prospects prospect leads lead candidates candidate talents
    names friends colleagues peers professionals folks folk personer menneske mennesker
    kontakter kontakt forbindelser relasjoner kunder kunde kund kundar kunderna kundene kundane
    kandidater kandidat kandidatene kandidaterna emner prospekter stykker stk st stycken slike
    such sådana sådan sådanne andre others other ones times ganger gang gånger gång
    människor mänskor individer kollegor kolleger alumni"""
)

# Words that refer back to a segment named in an earlier clause ("2 slike").
ANAPHORS = frozenset({"slike", "slik", "such", "sådana", "sådan", "these", "those", "them",
                      "disse", "dessa", "dem"})

# Adjectives allowed between a count and its noun ("3 new", "2 nye").
NEW_WORDS = frozenset({"new", "nye", "ny", "nytt", "nya", "fresh", "nyinnflyttede"})
COUNT_ADJECTIVES = NEW_WORDS | frozenset(
    {"more", "other", "additional", "extra", "ekstra", "further", "flere", "fler", "andre",
     "andra", "relevant", "relevante", "relevanta", "key", "potential", "potensielle",
     "potentiella", "good", "gode", "goda", "strategic", "strategiske", "strategiska", "warm",
     "varme", "varma", "coffee", "kaffe", "fika", "lunch", "lunsj", "physical", "fysiske",
     "fysiska", "1:1", "one-on-one", "personal", "personlige", "personliga"}
)

# Goal words that the title vocabulary reads as a function but that name no segment here.
NOT_SEGMENT = PEOPLE | word_set(
    """network networks networking nettverk nettverket nätverk nätverket nettverksmøte
    nätverksträff event events arrangement arrangementer evenemang conference conferences
    konferanse konferanser konferens konferenser meetup meetups market growth vekst tillväxt
    mersalg kryssalg merförsäljning korsförsäljning upsell upselling crosssell revenue omsetning
    omsättning deals deal avtaler avtal contracts kontrakter projects prosjekter projekt
    bedrifter bedrift companies company firms selskaper företag bolag community service
    support linkedin coffee kaffe lunch lunsj meeting meetings møte møter möte möten
    introduction introductions introduksjon introduksjoner introduktion introduktioner intro
    intros business businesses team teams"""
)

# A segment head of this kind makes the segment decision-makers, whatever its seniority.
DECISION_WORDS = word_set(
    """decisionmaker decisionmakers decision-maker decision-makers beslutningstaker
    beslutningstakere beslutningstakerne beslutningstager beslutningstagere beslutsfattare
    beslutsfattaren beslutsfattarna leaders ledere lederne ledare ledarna ledarne chefer
    cheferna chefs sjefer sjefene directors direktører direktørene direktörer direktörerna
    executives toppledere toppledare toppledarna topplederne clevel csuite ledelse ledelsen
    ledning ledningen management"""
)
# Compounds on a leader suffix that lead a project or a team, not a business: "prosjektledere".
NOT_DECIDING_FRONTS = ("prosjekt", "projekt", "project", "team", "gruppe", "grupp", "skift",
                       "lag", "scrum", "vakt", "arbeids", "arbets", "tropp")
DECISION_SUFFIXES = ("ledere", "ledare", "sjefer", "chefer", "direktører", "direktörer",
                     "beslutningstakere", "beslutsfattare")
DECISION_PHRASES = ("decision makers", "decision maker", "key decision", "top management",
                    "senior management", "senior executives", "c level", "c-level", "c-suite")

# Seniorities goal words name that job titles rarely do.
SENIORITY_WORDS: dict[str, str] = {
    **each("toppledere toppledare toppledarna topplederne toppleder", "c_level"),
    **each("executives", "c_level"),
}

# Words whose function reading is only a hint ("directors" → executive) and names no segment.
HINT_FUNCTION_WORDS = word_set(
    """director directors direktør direktører direktørene direktor direktorer direktör
    direktörer direktörerna partner partners partnere executive executives development
    digital project projects innovation"""
)

# Expertise words that are kept as keywords wherever they appear.
SKILLS = word_set(
    """python java javascript typescript golang rust kotlin swift scala ruby php c# c++ .net
    dotnet react angular vue node node.js django flutter sap salesforce dynamics aws azure gcp
    kubernetes docker terraform ai ml llm genai blockchain iot sql postgres postgresql oracle
    tableau powerbi figma esg bærekraft hållbarhet sustainability cybersecurity"""
)

# Multi-word expertise kept as one keyword.
SKILL_PHRASES = frozenset({
    "machine learning", "data science", "artificial intelligence", "power bi", "cloud computing",
    "generative ai", "cyber security", "deep learning", "computer vision",
})

# Prepositions after which an unknown word names an expertise ("utviklere innen Go").
SKILL_PREPOSITIONS = frozenset({"within", "innen", "innenfor", "inom", "skilled", "experienced",
                                "specialised", "specialized", "expertise", "erfaring"})

# Prepositions after which a capitalised unknown word is a place ("i Trondheim").
PLACE_PREPOSITIONS = frozenset({"in", "i", "around", "rundt", "near", "nær", "nära", "based",
                                "basert", "baserade", "omkring"})

# Where the goal is pursued or whom people work for, not who they are: "via mitt nätverk",
# "at IT conferences", "alumni from BI". Known places and industries still count after them.
ARENA_PREPOSITIONS = frozenset({"via", "through", "gjennom", "genom", "at", "from", "fra", "från",
                                "hos", "på"})

LOCATIONS: dict[str, str] = {
    word: word.title()
    for word in word_set("""oslo bergen trondheim stavanger kristiansand tromsø drammen fredrikstad
    sandnes bodø ålesund haugesund tønsberg moss hamar lillehammer gjøvik molde harstad
    stockholm göteborg malmö uppsala lund västerås örebro linköping helsingborg jönköping
    norrköping umeå luleå gävle sundsvall karlstad växjö copenhagen københavn köpenhamn
    aarhus odense helsinki helsingfors tampere turku espoo reykjavik london manchester
    leeds edinburgh glasgow cambridge oxford birmingham bristol dublin berlin hamburg munich
    münchen frankfurt paris amsterdam brussels zurich vienna madrid barcelona lisbon milan
    rome warsaw tallinn riga vilnius singapore dubai boston chicago toronto norway norge
    noreg sweden sverige denmark danmark finland iceland estonia germany tyskland europe
    europa nordics norden scandinavia skandinavia skandinavien baltics vestlandet østlandet
    sørlandet trøndelag nordland skåne norrland""")
}
LOCATIONS.update({"nord-norge": "Nord-Norge", "new york": "New York", "san francisco":
                  "San Francisco", "uk": "UK", "usa": "USA"})
DEMONYMS: dict[str, str] = {
    **each("norwegian norske norska norsk", "Norway"),
    **each("swedish svenske svenska svensk", "Sweden"),
    **each("danish danske danska dansk", "Denmark"),
    **each("finnish finske finska", "Finland"),
    **each("nordic nordiske nordiska", "Norden"),
    **each("scandinavian skandinaviske skandinaviska", "Scandinavia"),
}

# Industries: a code and the words (or compound fronts) that name it. "Strong" words name the
# industry on their own ("banker", "construction"); the others ("finans", "IT", "media") also
# name a function, so they need a sector word behind them ("finansbransjen", "IT companies").
INDUSTRY_STRONG: dict[str, str] = {
    **each("construction bygg bygge byggeri byggebransjen anlegg anläggning entreprenad "
            "contractors", "construction"),
    **each("bank banks banking banker bankene bankane bankar bankerna", "banking"),
    **each("fintech fintechs", "fintech"),
    **each("insurance insurers forsikring forsikringsselskaper försäkring försäkringsbolag",
            "insurance"),
    **each("energy energi olje oil gas gass petroleum offshore renewables fornybar "
            "förnybar", "energy"),
    **each("retail detaljhandel dagligvare dagligvarer dagligvaror dagligvarehandel "
            "varehandel netthandel ehandel e-handel handel handelen", "retail"),
    **each("saas", "saas"),
    **each("healthcare helse helsevesen helsesektoren vård sjukvård sjukvården sykehus sjukhus "
            "hospital hospitals omsorg", "healthcare"),
    **each("medtech", "medtech"),
    **each("pharma pharmaceutical pharmaceuticals legemiddel läkemedel biotech", "pharma"),
    **each("offentlig offentleg kommune kommuner kommunene kommun kommunerna "
            "municipalities municipality government myndighet myndigheter",
            "public sector"),
    **each("eiendom fastighet fastigheter property proptech", "real estate"),
    **each("industri industrien industrin manufacturing tillverkning", "manufacturing"),
    **each("shipping maritim maritime sjøfart rederi rederier", "maritime"),
    **each("sjømat havbruk oppdrett fiskeri seafood aquaculture", "seafood"),
    **each("hospitality reiseliv turisme turism tourism hotell hotels", "hospitality"),
    **each("telecom telekom", "telecom"),
    **each("universities university universitet academia høyskole högskola", "education"),
    **each("landbruk jordbruk lantbruk agriculture", "agriculture"),
    **each("automotive", "automotive"),
}
INDUSTRY_STEMS: dict[str, str] = {
    **{word: code for word, code in INDUSTRY_STRONG.items() if " " not in word},
    **each("finans finance financial", "finance"),
    **each("it ikt tech teknologi technology software programvare mjukvara", "technology"),
    **each("media medie medier", "media"),
    **each("legal advokat juridisk law", "law firm"),
    **each("revisjon revision accounting regnskap redovisning", "accounting firm"),
    **each("rådgivning rådgivnings konsulent konsult consulting consultancy", "consulting"),
    **each("utdanning utbildning education skole skola", "education"),
    **each("logistikk logistik logistics transport frakt spedisjon", "logistics"),
    **each("venture vc", "venture capital"),
    **each("næringsmiddel livsmedel food", "food production"),
    **each("cyber cybersecurity", "cybersecurity"),
    **each("bil fordon", "automotive"),
    **each("telecom telekom tele", "telecom"),
    **each("helse vård health", "healthcare"),
}
INDUSTRY_PHRASES: dict[str, str] = {
    "real estate": "real estate", "public sector": "public sector",
    "offentlig sektor": "public sector", "offentleg sektor": "public sector",
    "oil and gas": "energy", "olje og gass": "energy", "life science": "pharma",
    "life sciences": "pharma", "venture capital": "venture capital",
    "private equity": "venture capital", "law firm": "law firm", "law firms": "law firm",
    "accounting firms": "accounting firm", "financial services": "finance",
    "health care": "healthcare", "food production": "food production",
}
# Compound endings and following nouns that turn a stem into an industry ("byggebransjen").
SECTOR_SUFFIXES = (
    "bransjen", "bransje", "bransjer", "branschen", "bransch", "sektoren", "sektorn", "sektor",
    "næringen", "næring", "näringen", "näring", "industrien", "industrin", "selskapene",
    "selskaper", "selskap", "bolagen", "bolag", "företagen", "företag", "bedriftene",
    "bedrifter", "bedrift", "firmaer", "firmaene", "firma", "firmor", "firmorna", "konsern",
    "aktørene", "aktører", "aktörer", "aktörerna", "byrå", "byråer", "firmaet", "kunder",
)
SECTOR_NOUNS = word_set(
    """industry industries sector sectors companies company firms firm business businesses
    space startups scaleups players bransjen branschen sektoren sektorn næringen"""
)

# Grammar words that end a run of expertise keywords ("innen Go og Rust med erfaring").
GRAMMAR_WORDS = word_set(
    """the a an of in on at to for with from by my our their your his her who that which is are
    be will can should would this these those there here as into about than then also just
    i på til till för med fra från av min mitt mine mina vår våre våra vårt som er är
    ha have har få og och eller or and både samt men but not ikke inte en et ett ei den det
    de dem seg sig sin sitt sine sina jeg jag vi we us meg mig oss"""
)
CONJUNCTIONS = frozenset({"and", "or", "og", "och", "eller", "samt", "plus", "&"})
