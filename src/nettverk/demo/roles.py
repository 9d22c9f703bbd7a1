"""Job titles as people write them on LinkedIn, per function and language.

The function here is what the person really does: it picks their title and their expertise.
What is stored on the contact is what `classify_title` makes of the title, exactly as for a
contact typed in by hand, so the demo shows the classifier as it is.
"""

from __future__ import annotations

# How often each function turns up in the demo user's network. Finance and executives lead,
# because the demo's story is a seller whose goal is to meet CFOs and other decision-makers.
FUNCTION_WEIGHTS: dict[str, int] = {
    "executive": 15,
    "finance": 15,
    "sales": 11,
    "it": 11,
    "hr": 8,
    "marketing": 6,
    "operations": 6,
    "legal": 6,
    "procurement": 5,
    "product": 6,
    "communications": 4,
    "research": 4,
    "other": 5,
}

TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "executive": {
        "sv": ("VD", "Vice VD", "Styrelseordförande", "Styrelseledamot", "Grundare och VD",
               "Delägare", "Affärsområdeschef", "VD och koncernchef"),
        "nb": ("Daglig leder", "Administrerende direktør", "Styreleder", "Styremedlem", "Gründer",
               "Konsernsjef", "Eier og daglig leder"),
        "en": ("CEO", "Managing Director", "Chair of the Board", "Non-Executive Director",
               "Founder", "Co-founder & CEO", "Managing Partner"),
    },
    "finance": {
        "sv": ("CFO", "Ekonomichef", "Controller", "Redovisningsekonom", "Auktoriserad revisor",
               "Finanschef", "Ekonomiassistent", "Ekonomitrainee", "Revisor"),
        "nb": ("Økonomisjef", "Finansdirektør", "Controller", "Regnskapsfører",
               "Statsautorisert revisor", "Revisor", "Regnskapssjef", "Økonomikonsulent"),
        "en": ("CFO", "Finance Director", "Financial Controller", "Head of Finance", "Accountant",
               "Audit Manager", "Treasury Analyst", "Finance Graduate"),
    },
    "hr": {
        "sv": ("HR-chef", "HR-direktör", "Rekryterare", "HR-generalist", "Personalchef",
               "HR-assistent"),
        "nb": ("HR-sjef", "HR-direktør", "Rekrutteringsrådgiver", "HR-rådgiver", "Personalsjef"),
        "en": ("Chief People Officer", "HR Director", "Head of People", "Recruiter",
               "HR Business Partner", "Talent Acquisition Manager", "HR Assistant"),
    },
    "it": {
        "sv": ("CTO", "IT-chef", "Systemutvecklare", "Utvecklare", "Tech Lead", "IT-arkitekt",
               "Junior utvecklare", "IT-direktör"),
        "nb": ("Teknologidirektør", "IT-sjef", "Systemutvikler", "Utvikler", "Senior utvikler",
               "Løsningsarkitekt", "Frontend-utvikler"),
        "en": ("CTO", "Head of Engineering", "Software Engineer", "Senior Software Engineer",
               "Tech Lead", "Data Engineer", "Graduate Developer", "CIO"),
    },
    "sales": {
        "sv": ("Försäljningschef", "Säljchef", "Key Account Manager", "Account Executive",
               "Säljare", "Försäljningsdirektör"),
        "nb": ("Salgssjef", "Salgsdirektør", "Key Account Manager", "Selger", "Kundeansvarlig"),
        "en": ("Head of Sales", "Sales Director", "Key Account Manager", "Account Executive",
               "Business Development Manager", "Chief Revenue Officer",
               "Sales Development Representative"),
    },
    "marketing": {
        "sv": ("Marknadschef", "Marknadsdirektör", "Digital marknadsförare", "Varumärkesansvarig",
               "Marknadskoordinator"),
        "nb": ("Markedssjef", "Markedsdirektør", "Markedsfører", "Markedskoordinator"),
        "en": ("Marketing Manager", "CMO", "Head of Growth", "Brand Manager",
               "Content Marketing Specialist", "Marketing Intern"),
    },
    "operations": {
        "sv": ("Driftchef", "Logistikchef", "Produktionschef", "COO", "Lagerchef"),
        "nb": ("Driftssjef", "Logistikksjef", "Produksjonsleder", "Operasjonsdirektør"),
        "en": ("COO", "Operations Manager", "Head of Operations", "Supply Chain Manager",
               "Operations Analyst"),
    },
    "legal": {
        "sv": ("Jurist", "Bolagsjurist", "Chefsjurist", "Advokat", "Biträdande jurist"),
        "nb": ("Advokat", "Advokatfullmektig", "Juridisk direktør", "Jurist", "Bedriftsadvokat"),
        "en": ("General Counsel", "Solicitor", "Legal Counsel", "Paralegal", "Head of Legal"),
    },
    "procurement": {
        "sv": ("Inköpschef", "Inköpare", "Upphandlare", "Strategisk inköpare"),
        "nb": ("Innkjøpssjef", "Innkjøper", "Innkjøpsrådgiver", "Innkjøpsdirektør"),
        "en": ("Procurement Manager", "Head of Procurement", "Buyer", "Category Manager",
               "Chief Procurement Officer"),
    },
    "communications": {
        "sv": ("Kommunikationschef", "Presschef", "Kommunikatör", "Kommunikationsdirektör"),
        "nb": ("Kommunikasjonssjef", "Kommunikasjonsrådgiver", "Pressesjef",
               "Kommunikasjonsdirektør"),
        "en": ("Head of Communications", "PR Manager", "Communications Officer",
               "Communications Director"),
    },
    "product": {
        "sv": ("Produktchef", "Produktägare", "Produktansvarig", "UX-designer"),
        "nb": ("Produktsjef", "Produkteier", "Produktleder", "Produktdirektør"),
        "en": ("Product Manager", "Head of Product", "Product Owner", "Chief Product Officer",
               "Senior Product Designer"),
    },
    "research": {
        "sv": ("Forskare", "Forskningschef", "Doktorand", "Forskningsingenjör"),
        "nb": ("Forsker", "Seniorforsker", "Forskningsdirektør", "Stipendiat"),
        "en": ("Research Scientist", "Head of Research", "PhD Researcher", "Research Director"),
    },
    "other": {
        "sv": ("Läkare", "Arkitekt", "Trainee", "Fotograf", "Författare"),
        "nb": ("Lege", "Arkitekt", "Lærer", "Forfatter", "Sykepleier"),
        "en": ("Photographer", "Trainee", "Author", "Doctor", "Teacher"),
    },
}
