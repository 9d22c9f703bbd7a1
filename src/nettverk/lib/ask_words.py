"""Plain word lists behind `text_analysis` and `concepts`: English, Swedish and Norwegian (Bokmål).

No logic. Four tables:

- `STOPWORDS`: function words, plus the words people use to *ask* rather than to name a topic
  ("need", "hjälp", "trenger", "who", "hvordan"). They never count as evidence on either side,
  but multi-word vocabulary terms still see them ("si opp", "kjøp og salg av bedrifter").
- `KEEP_WHEN_UPPER`: stopwords that are acronyms when written in capitals ("IT", "US").
- `NEED_CUES` / `MEETING_CUES`: phrases that open a clause about what someone *wants* or *where we
  met*, not what they know: "wants to learn about GDPR" is a need, "met at the book fair" is an
  arena. Such clauses are kept out of the expertise a contact is found by. A cue counts only near
  the start of a clause ("Studies German", "Kari wants to"), so "did feasibility studies" stays.
- `COMPONENTS`: generic nouns that appear inside Nordic compounds ("-bolag", "-rådgiver"), so a
  compound such as "Skatterådgiver" can be split even where the vocabulary has only the topic.
"""

from __future__ import annotations

_EN = """
a about above after again against all also am an and any are as at be because been before being
below between both but by could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not of off on once only or other ought our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves us shall may might must can cannot let
via per etc ie eg within without across along among around toward towards upon onto whether yet
ever every either neither else much many lot lots really quite rather already still even
"""

_SV = """
alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina
ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon
honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot
mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta sjäv skulle som
så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi
vid vilka vilkas vilken vilket vår våra vårt än är åt över också dock bara även samt hos genom
kring enligt inför efter innan sådär därför eftersom
"""

_NB = """
alle at av bare begge ble bli blir blitt både da de deg dem den denne der dere deres det dette
di din disse ditt du dykk dykkar då eg ein eit eitt eller elles en enn er et ett etter for fordi
fra før ha hadde han hans har hennar henne hennes her hjå ho hoe honom hoss hossen hun hva hvem
hver hvilke hvilken hvis hvor hvordan hvorfor i ikke ikkje ingen ingi inkje inn inni ja jeg kan
kom korleis korso kun kunne kva kvar kvarhelst kven kvi kvifor man mange me med medan meg meget
mellom men mi min mine mitt mot mykje ned no noe noen noka noko nokon nokor nokre nå når og også
om opp oss over på samme seg selv si sia sidan siden sin sine sitt sjøl skal skulle slik so som
somme somt så sånn til um upp ut uten var vart varte ved vere verte vi vil ville vore vors vort
vår være vært å hos gjennom rundt ifølge innen
"""

# Words people use to ask for help, which say nothing about the topic.
_ASKING = """
help helps helped helping need needs needed want wants wanted wish someone somebody anyone
anybody find finding found look looking get gets got getting make makes made do does did done
good better best new problem problems issue issues advice tips idea ideas know knows knowledge
experience experienced person people way ways thing things time like able start starting
started try trying think please recommend recommendation suggest
hjälp hjälpa hjälper hjälpte hjälpt behöver behövs behov vill ville ska skall måste bör borde vem
vilka hur vad varför hitta hittar hittade söker få får fick göra gör gjort gjorde bra bättre bäst ny
nya nytt tips råd idé idéer veta vet känner erfarenhet erfaren förut tidigare någon person
personer sätt kommer komma
hjelp hjelpe hjelper hjalp hjulpet trenger trenge trengs behov ønsker ønske må måtte bør burde finne
finner fant søker gjøre gjør gjorde god gode bedre best nye nytt tips råd ide ideer vet vite
kjenner erfaring erfaren tidligere noen person personer måte kommer komme
"""

STOPWORDS: frozenset[str] = frozenset((_EN + _SV + _NB + _ASKING).split())

KEEP_WHEN_UPPER: frozenset[str] = frozenset({"it", "us", "ki", "eu"})

# Words after which a cue may still open its clause: "runs a café and wants to franchise it".
CLAUSE_JOINERS: frozenset[str] = frozenset({"and", "but", "och", "men", "og", "samt"})

NEED_CUES: tuple[str, ...] = (
    "wants to", "want to", "would like to", "hopes to", "plans to", "dreams of", "needs",
    "need help", "looking for", "interested in", "wants to learn", "studies", "studying",
    "is studying", "curious about", "would love to",
    "vill lära", "vill", "behöver", "söker hjälp", "intresserad av", "nyfiken på", "studerar",
    "pluggar", "lär sig", "drömmer om", "planerar att", "hoppas", "funderar på",
    "vil lære", "vil gjerne", "gjerne lære", "ønsker", "trenger", "søker hjelp", "interessert i",
    "nysgjerrig på",
    "studerer", "lærer seg", "drømmer om", "planlegger å", "håper", "vurderer å",
)

MEETING_CUES: tuple[str, ...] = (
    "met at", "met on", "met in", "met through", "met via", "we met", "first met",
    "träffades på", "träffades i", "träffades genom", "träffade", "träffades",
    "møttes på", "møttes i", "møtte", "traff", "møttes",
)

# Nouns that often sit inside a compound and carry no topic of their own.
_COMPONENTS = """
bolag bolaget företag foretag bedrift bedrifter selskap selskaper firma byrå verksamhet
virksomhet system systemet tjänst tjänster tjeneste tjenester avtal avtale plan kund kunde kunder
partner konsult konsulent rådgivare rådgiver rådgivning rådgiving ekspert expert specialist
spesialist ansvarig ansvarlig chef sjef leder ledare ledning ledelse utvecklare utvikler
utveckling utvikling jurist advokat fråga frågor spørsmål område områder avdelning avdeling
process prosess projekt prosjekt arbete arbeid hantering håndtering styrning styring lösning
løsning lösningar løsninger förening forening bransch bransje branschen bransjen marknad marked
markedet marknaden modell modeller program strategi arkitekt design ingenjör ingeniør
tekniker analys analyse analytiker produkt produkter kedja kjede kedjor kjeder koncept konsept
anläggning anlegg anlegget panel paneler grupp gruppe team enhet huset hus center senter
ansökan ansökning ansökningar søknad søknader
"""
COMPONENTS: frozenset[str] = frozenset(_COMPONENTS.split())

# A problem that needs someone who can say yes: these make the ask favour decision-makers.
DECISION_CUES: tuple[str, ...] = (
    "who decides", "decision maker", "decision makers", "decision-maker", "decision-makers",
    "approve", "approves", "approval", "sign off", "signs off", "budget owner", "budget holder",
    "approve the budget", "approves the budget", "budget approval",
    "authority to buy", "make the call",
    "beslutsfattare", "bestämmer", "fattar beslut", "fatta beslut", "godkänna", "godkänner",
    "godkänna budget", "godkänner budgeten",
    "budgetansvar", "budgetansvarig", "beslutar",
    "beslutningstaker", "beslutningstakere", "bestemmer", "tar beslutninger", "ta beslutninger",
    "godkjenne", "godkjenner", "budsjettansvar", "budsjettansvarlig", "beslutter",
    "godkjenne budsjett", "godkjenner budsjettet",
)
