"""A small hand-built network in domains the shared eval does not cover, and its questions.

Written before the concept vocabulary was tuned, so it measures how the ask generalises: tax,
export to Germany, cloud migration, recruiting developers, public tenders, patents, employment
law, investors, security and audit. Texts and questions are in English, Swedish and Norwegian,
crossing languages both ways, and the field that holds the expertise varies as it does in real
address books. The distractors need help with a topic (needs are not expertise), study it, or
share a word with it in another sense.
"""

from __future__ import annotations

from typing import Any

# name, title, organization, and the fields as a user or an importer would fill them.
NETWORK: tuple[dict[str, Any], ...] = (
    # tax and VAT
    {"name": "Karin Lindqvist", "title": "Skattejurist", "organization": "Skatterätt Partners AB",
     "expertise": "Moms vid EU-handel och bolagsskatt för koncerner."},
    {"name": "Tor Henriksen", "title": "Senior Tax Manager", "organization": "Nordic Audit AS",
     "expertise": "Merverdiavgift og internasjonal beskatning for SMB."},
    {"name": "Emma Clarke", "title": "Advisor", "organization": "Clarke & Co",
     "notes": "Handles VAT registration and transfer pricing for Nordic firms entering the UK."},
    # export to Germany
    {"name": "Jonas Weber", "title": "Export Manager", "organization": "Nordwind GmbH",
     "expertise": "Built the DACH sales channel for Scandinavian food brands; knows German "
                  "distributors."},
    {"name": "Sofie Brekke", "title": "Eksportrådgiver", "organization": "Næringsfremme AS",
     "expertise": "Hjelper bedrifter inn på det tyske markedet."},
    {"name": "Lars Öberg", "title": "Försäljningschef", "organization": "Nordhandel AB",
     "notes": "Har sålt till tyska grossister i tio år."},
    # cloud migration
    {"name": "Priya Nair", "title": "Cloud Architect", "organization": "Skyward",
     "expertise": "Migrated on-premise data centres to AWS and Azure."},
    {"name": "Henrik Dahlberg", "title": "Molnarkitekt", "organization": "",
     "expertise": "Flyttade 200 servrar till Azure och Kubernetes."},
    {"name": "Eirik Moen", "title": "IT-konsulent", "organization": "Skyløft AS",
     "tags": ["skymigrering", "AWS"]},
    # recruiting developers
    {"name": "Malin Sund", "title": "Tech Recruiter", "organization": "Hire AB",
     "expertise": "Rekryterar backendutvecklare och DevOps-ingenjörer."},
    {"name": "Sindre Lie", "title": "Rekrutteringsrådgiver", "organization": "Talentum AS",
     "notes": "Headhunter for programmerere og IT-ledere."},
    {"name": "Rachel Moore", "title": "Talent Acquisition Lead", "organization": "CodeHire",
     "expertise": "Hires software engineers across Europe."},
    # public tenders
    {"name": "Anders Berglund", "title": "Upphandlingskonsult", "organization": "Anbudshjälpen AB",
     "expertise": "Skriver anbud i offentliga upphandlingar enligt LOU."},
    {"name": "Marte Solheim", "title": "Anbudsleder", "organization": "Tilbudsfabrikken AS",
     "expertise": "Har vunnet over 30 offentlige anbudskonkurranser."},
    {"name": "David Hughes", "title": "Bid Manager", "organization": "Tenderwise",
     "notes": "Writes winning bids for public sector tenders."},
    # patents
    {"name": "Elin Forsberg", "title": "Patentombud", "organization": "Patentbyrån Norr AB",
     "expertise": "Patentansökningar inom medicinteknik."},
    {"name": "Knut Aas", "title": "Rådgiver", "organization": "Oslo Patentkontor",
     "notes": "Søker patent og varemerker for oppfinnere."},
    {"name": "Laura Bennett", "title": "IP Attorney", "organization": "Bennett IP",
     "expertise": "Patent prosecution and freedom-to-operate analysis."},
    # employment law
    {"name": "Sara Nyberg", "title": "Advokat", "organization": "Arbetsrättsbyrån",
     "expertise": "Arbetsrätt: uppsägningar och förhandlingar med facket."},
    {"name": "Hans Olsen", "title": "Advokat", "organization": "Olsen Advokatfirma",
     "expertise": "Arbeidsrett, nedbemanning og oppsigelser."},
    {"name": "Mark Turner", "title": "Employment Lawyer", "organization": "Turner Legal",
     "expertise": "Advises employers on redundancies and dismissals."},
    # investors
    {"name": "Johan Ek", "title": "Partner", "organization": "Nordic Seed Ventures",
     "expertise": "Investerar i tidiga SaaS-bolag med riskkapital."},
    {"name": "Ingvild Haug", "title": "Investeringsdirektør", "organization": "Fjordinvest",
     "expertise": "Såkornfond som investerer i oppstartsselskaper."},
    {"name": "Tom Baker", "title": "", "organization": "",
     "notes": "Business angel who has backed fifteen startups."},
    # security
    {"name": "Nora Vik", "title": "Sikkerhetsrådgiver", "organization": "Trygg Data AS",
     "expertise": "Penetrasjonstesting og informasjonssikkerhet."},
    {"name": "Viktor Ström", "title": "CISO", "organization": "Bankgruppen",
     "expertise": "Ledde incidenthanteringen efter ett ransomwareangrepp."},
    {"name": "Amy Chen", "title": "Security Engineer", "organization": "RedTeam Ltd",
     "expertise": "Penetration testing and incident response."},
    # audit
    {"name": "Britt Larsen", "title": "Statsautorisert revisor", "organization": "Revisjon Vest",
     "expertise": "Revisjon av aksjeselskaper."},
    {"name": "Gustav Holmberg", "title": "Auktoriserad revisor", "organization": "Revisionshuset",
     "notes": "Granskar årsredovisningar för familjeföretag."},
    {"name": "Olivia Price", "title": "Chartered Accountant", "organization": "Price & Partners",
     "expertise": "Annual accounts and statutory audits for SMEs."},
    # distractors
    {"name": "Petter Nilsen", "title": "Daglig leder", "organization": "Bakeriet AS",
     "needs": "Trenger hjelp med moms og skatt."},
    {"name": "Ulla Svensson", "title": "Marknadschef", "organization": "Glada Glass AB",
     "needs": "Vill lära sig mer om patent och varumärken."},
    {"name": "George Hall", "title": "Student", "organization": "",
     "notes": "Studies German at university."},
    {"name": "Ida Moberg", "title": "Fotograf", "organization": "",
     "notes": "Fotograferar moln och landskap."},
    {"name": "Per Kvist", "title": "Säljare", "organization": "Kaffekompaniet",
     "notes": "Säljer kaffe till kontor."},
    {"name": "Anne Dahl", "title": "Sykepleier", "organization": "",
     "notes": "Bor i Bergen, liker fjellturer."},
    {"name": "Michael Scott", "title": "Regional Manager", "organization": "Paper Co",
     "notes": "Sells paper to local businesses."},
    {"name": "Siri Holm", "title": "Lärare", "organization": "",
     "notes": "Undervisar i tyska på gymnasiet."},
    {"name": "Bjørn Lund", "title": "Utvikler", "organization": "Appfabrikken",
     "needs": "Vil lære mer om skytjenester og AWS."},
    {"name": "Hanne Berg", "title": "HR-konsulent", "organization": "",
     "needs": "Wants to learn how to recruit developers."},
)

TAX = ["Karin Lindqvist", "Tor Henriksen", "Emma Clarke"]
GERMANY = ["Jonas Weber", "Sofie Brekke", "Lars Öberg"]
CLOUD = ["Priya Nair", "Henrik Dahlberg", "Eirik Moen"]
DEVS = ["Malin Sund", "Sindre Lie", "Rachel Moore"]
TENDERS = ["Anders Berglund", "Marte Solheim", "David Hughes"]
PATENTS = ["Elin Forsberg", "Knut Aas", "Laura Bennett"]
LAYOFFS = ["Sara Nyberg", "Hans Olsen", "Mark Turner"]
INVESTORS = ["Johan Ek", "Ingvild Haug", "Tom Baker"]
SECURITY = ["Nora Vik", "Viktor Ström", "Amy Chen"]
AUDIT = ["Britt Larsen", "Gustav Holmberg", "Olivia Price"]

QUERIES: tuple[tuple[str, list[str]], ...] = (
    ("We need help with VAT on sales to other EU countries", TAX),
    ("Hur ska vi hantera momsen när vi säljer till Norge?", TAX),
    ("Hvem kan hjelpe oss med skatt og merverdiavgift?", TAX),
    ("We want to start exporting to Germany", GERMANY),
    ("Hur kommer vi in på den tyska marknaden?", GERMANY),
    ("Vi vil selge produktene våre i Tyskland", GERMANY),
    ("Move our servers to the cloud", CLOUD),
    ("Vi skal flytte IT-systemene til skyen", CLOUD),
    ("Migrering till molnet", CLOUD),
    ("We cannot find good developers to hire", DEVS),
    ("Vi behöver rekrytera fler programmerare", DEVS),
    ("Trenger å ansette flere utviklere", DEVS),
    ("How do we win public tenders?", TENDERS),
    ("Vi vil levere anbud til kommunen", TENDERS),
    ("Vem kan hjälpa oss med offentlig upphandling?", TENDERS),
    ("Should we patent our invention?", PATENTS),
    ("Hur skyddar vi vår uppfinning?", PATENTS),
    ("We have to lay off ten employees", LAYOFFS),
    ("Vi må si opp ansatte, hva sier arbeidsretten?", LAYOFFS),
    ("Vi måste varsla om uppsägningar", LAYOFFS),
    ("We are raising a seed round for our startup", INVESTORS),
    ("Hvor finner vi investorer til oppstartsselskapet?", INVESTORS),
    ("Vi söker riskkapital", INVESTORS),
    ("We were hit by ransomware", SECURITY),
    ("Hur testar vi säkerheten i våra system?", SECURITY),
    ("We need an auditor for our annual accounts", AUDIT),
    ("Trenger revisor til årsregnskapet", AUDIT),
)
