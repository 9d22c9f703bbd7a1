"""Industries and the world: health, food, public sector, research, media, travel, and regions.

Regions name both the place and its language or people ("tyska", "finsk", "Chinese"), because
"export to Germany" and "translate into Finnish" both hang on them.
"""

from __future__ import annotations

from nettverk.lib.vocabulary import concept

_INDUSTRIES = (
    concept(
        "healthcare", "other",
        en="healthcare, health care, hospital, hospitals, clinic, clinics, patients, "
           "health services, primary care",
        sv="sjukvård, vård, hälso- och sjukvård, sjukhus, klinik, vårdgivare, vårdcentral, "
           "patienter",
        nb="helse, helsevesen, sykehus, klinikk, helsetjenester, pasienter, helseforetak, "
           "legekontor",
    ),
    concept(
        "medtech", "research", parents="healthcare",
        en="medtech, medical devices, medical device, medical technology, diagnostics, "
           "health tech, healthtech, digital health, health app",
        sv="medicinteknik, medicintekniska produkter, medicinteknisk, diagnostik, hälsoteknik, "
           "e-hälsa, digital hälsa",
        nb="medisinsk teknologi, medisinsk utstyr, medtech, diagnostikk, helseteknologi, "
           "e-helse, digital helse",
    ),
    concept(
        "pharma", "research", parents="healthcare",
        en="pharma, pharmaceutical, pharmaceuticals, life science, life sciences, biotech, "
           "clinical trials, drug development",
        sv="läkemedel, läkemedelsbolag, life science, bioteknik, kliniska prövningar, "
           "läkemedelsutveckling",
        nb="legemidler, legemiddel, farmasi, bioteknologi, kliniske studier, "
           "legemiddelutvikling",
    ),
    concept(
        "food", "operations",
        en="food, food industry, food safety, food production, HACCP, food products, "
           "beverages, food brands",
        sv="livsmedel, livsmedelsindustri, livsmedelssäkerhet, matproduktion, drycker, "
           "livsmedelsföretag",
        nb="matindustri, næringsmiddel, næringsmidler, mattrygghet, matproduksjon, "
           "drikkevarer",
    ),
    concept(
        "agriculture", "operations", parents="food",
        en="agriculture, farming, farmer, farmers, agritech, crops",
        sv="jordbruk, lantbruk, bonde, lantbrukare, skogsbruk",
        nb="landbruk, jordbruk, bonde, bønder, gårdsbruk, skogbruk",
    ),
    concept(
        "seafood", "operations", parents="food",
        en="aquaculture, fish farming, seafood, salmon, fisheries",
        sv="vattenbruk, fiskodling, sjömat, lax, fiske",
        nb="havbruk, oppdrett, fiskeoppdrett, sjømat, laks, fiskeri",
    ),
    concept(
        "hospitality", "operations",
        en="restaurant, restaurants, café, cafe, hotel, hotels, hospitality, catering, "
           "food service",
        sv="restaurang, restauranger, kafé, café, hotell, besöksnäring, storkök, catering",
        nb="restaurant, restauranter, kafé, kaféer, hotell, reiseliv, servering, catering, "
           "utelivsbransjen",
    ),
    concept(
        "travel", "operations",
        en="tourism, travel, travel agency, business travel, tour operator",
        sv="turism, resebyrå, tjänsteresor, researrangör, resor",
        nb="turisme, reisebyrå, forretningsreiser, reisearrangør, reiser",
    ),
    concept(
        "fitness", "other",
        en="gym, gyms, fitness, fitness centre, sports, sport, personal trainer",
        sv="gym, träningscenter, idrott, friskvårdsanläggning, personlig tränare",
        nb="treningssenter, treningssentre, idrett, trening, personlig trener",
    ),
    concept(
        "fashion", "other",
        en="fashion, apparel, clothing, textiles, garments",
        sv="modebranschen, kläder, textil, klädbutik, klädmärke",
        nb="motebransjen, klær, tekstil, klesbutikk, klesmerke",
    ),
    concept(
        "automotive", "operations",
        en="automotive, car industry, cars, car dealer, vehicle fleet, vehicles",
        sv="fordon, fordonsindustri, bilindustri, bilhandlare, bilhandel, fordonsflotta",
        nb="bilindustri, kjøretøy, bilforhandler, bilbransjen, bilpark",
    ),
    concept(
        "maritime", "operations",
        en="maritime, shipowner, vessels, ports, shipping company, ship",
        sv="sjöfart, rederi, hamn, hamnar, fartyg",
        nb="maritim, rederi, skipsfart, havn, havner, fartøy, skipsreder",
    ),
    concept(
        "public_sector", "other",
        en="public sector, government, municipality, municipalities, council, public agency, "
           "local government",
        sv="offentlig sektor, kommun, kommuner, myndighet, myndigheter, staten, "
           "offentliga sektorn",
        nb="offentlig sektor, kommune, kommuner, kommunen, etat, staten, fylkeskommune, "
           "offentlige etater",
    ),
    concept(
        "nonprofit", "other",
        en="nonprofit, non-profit, NGO, charity, foundation, volunteers",
        sv="ideell, ideell förening, insamling, stiftelse, frivilliga",
        nb="frivillig organisasjon, ideell, innsamling, stiftelse, frivillige",
    ),
    concept(
        "education", "research",
        en="education, school, schools, university, teaching, teacher, academia, edtech",
        sv="skola, skolor, universitet, lärare, undervisning, högskola, undervisar",
        nb="utdanning, skole, skoler, universitet, lærer, undervisning, høyskole, underviser",
    ),
    concept(
        "research", "research",
        en="research, R&D, innovation, research and development, PhD, researcher, "
           "laboratory, innovation management",
        sv="forskning, forskare, FoU, innovation, doktorand, laboratorium",
        nb="forskning, forsker, FoU, innovasjon, doktorgrad, laboratorium",
    ),
    concept(
        "media", "communications",
        en="media, publishing, newspaper, magazine, journalism, broadcasting, podcast, "
           "publisher",
        sv="media, förlag, tidning, journalistik, podd, podcast, tidskrift",
        nb="media, forlag, avis, journalistikk, podkast, tidsskrift",
    ),
    concept(
        "printing", "operations",
        en="printing, printed matter, print shop",
        sv="tryckeri, trycksaker", nb="trykkeri, trykksaker",
    ),
    concept(
        "security_services", "operations",
        en="security guards, physical security, alarm systems, access control, surveillance",
        sv="bevakning, väktare, larm, passersystem, kameraövervakning",
        nb="vakthold, vekter, alarm, adgangskontroll, kameraovervåking",
    ),
)

_REGIONS = (
    concept(
        "europe", "sales",
        en="Europe, European, EU, European Union, EU countries, EU market",
        sv="Europa, europeisk, EU, EU-länder, EU-marknaden",
        nb="Europa, europeisk, EU, EU-land, EU-markedet",
    ),
    concept(
        "nordics", "sales", parents="europe",
        en="Nordics, Nordic, Scandinavia, Scandinavian, Nordic countries",
        sv="Norden, nordisk, nordiska, Skandinavien, skandinavisk",
        nb="Norden, nordisk, Skandinavia, skandinavisk, nordiske land",
    ),
    concept(
        "sweden", "sales", parents="nordics",
        en="Sweden, Swedish", sv="Sverige, svensk, svenska", nb="Sverige, svensk, svenske",
    ),
    concept(
        "norway", "sales", parents="nordics",
        en="Norway, Norwegian", sv="Norge, norsk, norska", nb="Norge, norsk, norske",
    ),
    concept(
        "denmark", "sales", parents="nordics",
        en="Denmark, Danish", sv="Danmark, dansk, danska", nb="Danmark, dansk, danske",
    ),
    concept(
        "finland", "sales", parents="nordics",
        en="Finland, Finnish", sv="Finland, finsk, finska", nb="Finland, finsk, finske",
    ),
    concept(
        "baltics", "sales", parents="europe",
        en="Baltics, Baltic, Estonia, Estonian, Latvia, Latvian, Lithuania, Lithuanian",
        sv="Baltikum, baltiska, Estland, estniska, Lettland, Litauen",
        nb="Baltikum, baltiske, Estland, estisk, Latvia, Litauen",
    ),
    concept(
        "germany", "sales", parents="europe",
        en="Germany, German, DACH, Deutschland, Austria, Switzerland",
        sv="Tyskland, tysk, tyska, Österrike, Schweiz",
        nb="Tyskland, tysk, tyske, Østerrike, Sveits",
    ),
    concept(
        "uk", "sales", parents="europe",
        en="UK, United Kingdom, Britain, British, England, London, Ireland",
        sv="Storbritannien, brittisk, England, London, Irland",
        nb="Storbritannia, britisk, England, London, Irland",
    ),
    concept(
        "france", "sales", parents="europe",
        en="France, French, Paris", sv="Frankrike, fransk, franska",
        nb="Frankrike, fransk, franske",
    ),
    concept(
        "benelux", "sales", parents="europe",
        en="Netherlands, Dutch, Benelux, Belgium, Holland",
        sv="Nederländerna, holländsk, Benelux, Belgien",
        nb="Nederland, nederlandsk, Benelux, Belgia",
    ),
    concept(
        "southern_europe", "sales", parents="europe",
        en="Spain, Spanish, Italy, Italian, Portugal, Portuguese, Greece",
        sv="Spanien, spansk, spanska, Italien, italiensk, italienska, Portugal",
        nb="Spania, spansk, spanske, Italia, italiensk, italienske, Portugal",
    ),
    concept(
        "poland", "sales", parents="europe",
        en="Poland, Polish, Central Europe, Eastern Europe, Czech",
        sv="Polen, polsk, polska, Östeuropa, Centraleuropa",
        nb="Polen, polsk, polske, Øst-Europa, Sentral-Europa",
    ),
    concept(
        "usa", "sales", parents="north_america",
        en="US, USA, United States, America, American, US market",
        sv="USA, amerikansk, amerikanska, USA-marknaden",
        nb="USA, amerikansk, amerikanske, det amerikanske markedet",
    ),
    concept(
        "north_america", "sales",
        en="North America, Canada, Canadian, Mexico",
        sv="Nordamerika, Kanada, kanadensisk", nb="Nord-Amerika, Canada, kanadisk",
    ),
    concept(
        "asia", "sales",
        en="Asia, Asian, APAC, Asia-Pacific, Southeast Asia, Vietnam, Thailand, Singapore, "
           "Indonesia, Malaysia, Taiwan, Korea, Korean",
        sv="Asien, asiatisk, asiatiska, Sydostasien, Vietnam, Thailand, Singapore, Taiwan, "
           "Sydkorea",
        nb="Asia, asiatisk, asiatiske, Sørøst-Asia, Vietnam, Thailand, Singapore, Taiwan, "
           "Sør-Korea",
    ),
    concept(
        "china", "sales", parents="asia",
        en="China, Chinese, Shenzhen, Shanghai, Beijing, Guangzhou, Hong Kong, Mandarin",
        sv="Kina, kinesisk, kinesiska", nb="Kina, kinesisk, kinesiske",
    ),
    concept(
        "japan", "sales", parents="asia",
        en="Japan, Japanese, Tokyo", sv="Japan, japansk, japanska", nb="Japan, japansk, japanske",
    ),
    concept(
        "india", "sales", parents="asia",
        en="India, Indian, Bangalore, Mumbai", sv="Indien, indisk", nb="India, indisk",
    ),
    concept(
        "middle_east", "sales",
        en="Middle East, UAE, Dubai, Saudi Arabia, Gulf, Qatar, Israel",
        sv="Mellanöstern, Förenade Arabemiraten, Dubai, Saudiarabien",
        nb="Midtøsten, De forente arabiske emirater, Dubai, Saudi-Arabia",
    ),
    concept(
        "africa", "sales",
        en="Africa, African, South Africa, Kenya, Nigeria",
        sv="Afrika, afrikansk, Sydafrika", nb="Afrika, afrikansk, Sør-Afrika",
    ),
    concept(
        "latin_america", "sales",
        en="Latin America, Brazil, Brazilian, Chile, Argentina, Colombia",
        sv="Latinamerika, Sydamerika, Brasilien", nb="Latin-Amerika, Sør-Amerika, Brasil",
    ),
    concept(
        "australia", "sales",
        en="Australia, Australian, New Zealand", sv="Australien, Nya Zeeland",
        nb="Australia, New Zealand",
    ),
)

CONCEPTS = (*_INDUSTRIES, *_REGIONS)
