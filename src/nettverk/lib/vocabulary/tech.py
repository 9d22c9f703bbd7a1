"""Technology: IT, cloud, security, data and AI, software and its languages, design and UX."""

from __future__ import annotations

from nettverk.lib.vocabulary import concept

CONCEPTS = (
    concept(
        "it", "it",
        en="IT, information technology, IT systems, IT department, IT infrastructure, "
           "IT support, IT operations, IT manager, CIO, IT consultant",
        sv="IT, IT-avdelning, IT-system, IT-drift, IT-stöd, IT-konsult, IT-chef, "
           "informationsteknik",
        nb="IT, IT-avdeling, IT-systemer, IT-drift, IKT, IT-konsulent, IT-sjef, "
           "informasjonsteknologi",
    ),
    concept(
        "cloud", "it", parents="it",
        en="cloud, cloud computing, AWS, Amazon Web Services, Azure, Google Cloud, GCP, "
           "cloud architect, cloud services, cloud platform, public cloud, hosting",
        sv="moln, molnet, molntjänst, molntjänster, molnlösning, molnplattform, molnarkitekt, "
           "molnleverantör",
        nb="sky, skyen, skytjeneste, skytjenester, skyløsning, skyplattform, nettsky, "
           "skyarkitekt",
    ),
    concept(
        "it_migration", "it", parents="it",
        en="migration, migrate, migrated, data migration, system migration, move to the cloud, "
           "lift and shift, move servers, replace system, system replacement",
        sv="migrering, migrera, flytta system, systembyte, byta system, flytta servrar, "
           "flytta till molnet",
        nb="migrering, migrere, flytte systemer, systembytte, bytte system, flytte servere, "
           "flytte til skyen",
    ),
    concept(
        "infrastructure", "it", parents="it",
        en="server, servers, data centre, data center, on-premise, on-premises, infrastructure, "
           "virtualisation, virtualization, VMware, data storage, backup, computer networks, "
           "network infrastructure, LAN, WiFi",
        sv="server, servrar, datacenter, serverhall, infrastruktur, IT-infrastruktur, "
           "virtualisering, datalagring, backup, datanätverk, nätverksteknik",
        nb="server, servere, datasenter, serverrom, infrastruktur, IT-infrastruktur, "
           "virtualisering, datalagring, sikkerhetskopi, datanettverk, nettverksteknikk",
    ),
    concept(
        "devops", "it", parents="cloud software_development",
        en="DevOps, Kubernetes, Docker, containers, CI/CD, SRE, site reliability, "
           "infrastructure as code, Terraform, platform engineering",
        sv="DevOps, Kubernetes, Docker, containrar, kontinuerlig leverans, plattformsteam",
        nb="DevOps, Kubernetes, Docker, konteinere, kontinuerlig leveranse, plattformteam",
    ),
    concept(
        "security", "it", parents="it",
        en="security, cybersecurity, cyber security, information security, infosec, "
           "penetration testing, pentest, ransomware, malware, phishing, incident response, "
           "SOC, ISO 27001, firewall, vulnerability, hacking, hacker, NIS2, CISO, cyber attack",
        sv="säkerhet, informationssäkerhet, IT-säkerhet, cybersäkerhet, penetrationstest, "
           "intrång, dataintrång, sårbarhet, sårbarheter, incidenthantering, säkerhetsarkitekt, "
           "brandvägg, cyberattack, ransomwareangrepp, säkerhetstest",
        nb="sikkerhet, informasjonssikkerhet, IT-sikkerhet, cybersikkerhet, datasikkerhet, "
           "penetrasjonstest, penetrasjonstesting, dataangrep, datainnbrudd, sårbarhet, "
           "hendelseshåndtering, brannmur, løsepengevirus, sikkerhetstest",
    ),
    concept(
        "data_analytics", "it", parents="it",
        en="data analysis, analytics, business intelligence, BI, Power BI, Tableau, dashboards, "
           "reporting, data warehouse, data engineering, data platform, Snowflake, dbt, "
           "big data, SQL, data analyst, KPIs, Excel, spreadsheets",
        sv="dataanalys, rapportering, datalager, dataplattform, affärsanalys, "
           "beslutsstöd, nyckeltal, dataanalytiker, Excel, kalkylark",
        nb="dataanalyse, rapportering, datavarehus, dataplattform, forretningsanalyse, "
           "beslutningsstøtte, nøkkeltall, dataanalytiker, Excel, regneark",
    ),
    concept(
        "ai", "it", parents="data_analytics",
        en="AI, artificial intelligence, machine learning, ML, deep learning, LLM, GPT, ChatGPT, "
           "generative AI, data science, data scientist, NLP, computer vision, neural networks, "
           "chatbot, chatbots, AI assistant",
        sv="AI, artificiell intelligens, maskininlärning, generativ AI, AI-lösningar, "
           "djupinlärning, språkmodeller, chattbot, chatbot",
        nb="KI, kunstig intelligens, maskinlæring, generativ KI, AI, dyp læring, språkmodeller, "
           "chatbot, chatbotter",
    ),
    concept(
        "software", "it", parents="it",
        en="software, software product, software company, software companies, applications, "
           "software vendor",
        sv="mjukvara, programvara, mjukvarubolag, programvarubolag, applikationer, "
           "mjukvaruföretag",
        nb="programvare, programvareselskap, programvareselskaper, applikasjoner, "
           "programvareleverandør",
    ),
    concept(
        "software_development", "it", parents="software",
        en="software development, developer, developers, programmer, programmers, programming, "
           "software engineer, software engineers, coding, backend, frontend, full stack, "
           "web developer, tech team, software engineering",
        sv="systemutveckling, utvecklare, programmerare, mjukvaruutveckling, programmering, "
           "systemutvecklare, backendutvecklare, frontendutvecklare, mjukvaruutvecklare",
        nb="systemutvikling, utvikler, utviklere, programmerer, programmerere, "
           "programvareutvikling, programmering, systemutvikler, backendutvikler, "
           "frontendutvikler",
    ),
    concept(
        "python", "it", parents="software_development",
        en="Python, Django, Flask, pandas", sv="Python, Django", nb="Python, Django",
    ),
    concept(
        "java", "it", parents="software_development",
        en="Java, Kotlin, JVM, Spring Boot, Scala", sv="Java, Kotlin", nb="Java, Kotlin",
    ),
    concept(
        "javascript", "it", parents="software_development",
        en="JavaScript, TypeScript, React, Node.js, Vue, Angular, Next.js, frontend development",
        sv="JavaScript, TypeScript, React, frontendutveckling",
        nb="JavaScript, TypeScript, React, frontendutvikling",
    ),
    concept(
        "dotnet", "it", parents="software_development",
        en=".NET, C#, Microsoft stack, Blazor", sv=".NET, C#", nb=".NET, C#",
    ),
    concept(
        "other_languages", "it", parents="software_development",
        en="PHP, Ruby on Rails, Golang, Rust, C++, Elixir, Laravel, Scala",
        sv="PHP, Golang, C++", nb="PHP, Golang, C++",
    ),
    concept(
        "mobile_apps", "it", parents="software_development",
        en="app, apps, mobile app, mobile apps, iOS, Android, app development, React Native, "
           "Flutter, mobile application",
        sv="app, appar, mobilapp, mobilappar, apputveckling, applikation",
        nb="app, apper, mobilapp, mobilapper, apputvikling, applikasjon",
    ),
    concept(
        "databases", "it", parents="software_development",
        en="database, databases, PostgreSQL, MySQL, Oracle database, SQL Server, MongoDB",
        sv="databas, databaser, databasadministratör",
        nb="database, databaser, databaseadministrator",
    ),
    concept(
        "integrations", "it", parents="software_development",
        en="API, APIs, integration, integrations, system integration, API design, middleware",
        sv="API, integration, integrationer, systemintegration, integrationsplattform",
        nb="API, integrasjon, integrasjoner, systemintegrasjon, integrasjonsplattform",
    ),
    concept(
        "testing", "it", parents="software_development",
        en="software testing, QA, test automation, quality assurance testing, software testers",
        sv="systemtest, testautomatisering, mjukvarutest, testledare",
        nb="systemtest, testautomatisering, programvaretesting, testleder",
    ),
    concept(
        "erp", "it", parents="it",
        en="ERP, ERP system, enterprise resource planning, SAP, Microsoft Dynamics, "
           "Dynamics 365, NetSuite, Oracle ERP, business system, Business Central",
        sv="affärssystem, ERP, ERP-system, Visma, Dynamics, affärssystemkonsult, "
           "affärssystemet, Monitor ERP",
        nb="forretningssystem, ERP, ERP-system, økonomisystem, Visma, Dynamics, "
           "forretningssystemer, Tripletex, Unit4",
    ),
    concept(
        "digitalisation", "it", parents="it",
        en="digitalisation, digitalization, digital transformation, automation, RPA, "
           "process automation, digitise, digitize, paperless",
        sv="digitalisering, automatisering, digital transformation, processautomatisering, "
           "digitalisera",
        nb="digitalisering, automatisering, digital transformasjon, prosessautomatisering, "
           "digitalisere",
    ),
    concept(
        "telecom", "it", parents="it",
        en="telecom, telecommunications, mobile network, 5G, broadband, fibre, fiber, "
           "telephony, VoIP",
        sv="telekom, bredband, fiber, telefoni, mobilnät, telekommunikation",
        nb="telekom, bredbånd, fiber, telefoni, mobilnett, telekommunikasjon",
    ),
    concept(
        "electronics", "research",
        en="electronics, hardware, PCB, embedded, embedded systems, sensors, IoT, "
           "internet of things, firmware, electronic components",
        sv="elektronik, hårdvara, inbyggda system, sensorer, IoT, elektronikkomponenter",
        nb="elektronikk, maskinvare, innebygde systemer, sensorer, IoT, elektronikkomponenter",
    ),
    concept(
        "blockchain", "it", parents="it",
        en="blockchain, crypto, cryptocurrency, bitcoin, web3, tokenisation",
        sv="blockkedja, kryptovaluta, blockchain", nb="blokkjede, kryptovaluta, blockchain",
    ),
    concept(
        "games", "it", parents="software_development",
        en="game development, games, gaming, video games, Unity, Unreal, game studio",
        sv="spelutveckling, dataspel, spelbolag, spelstudio",
        nb="spillutvikling, dataspill, spillselskap, spillstudio",
    ),
    concept(
        "website", "it", parents="software_development",
        en="website, websites, web design, web development, homepage, WordPress, landing page, "
           "web page, web pages",
        sv="hemsida, webbplats, webbsida, webbsidor, webbdesign, webbutveckling, webb",
        nb="nettside, nettsider, nettsted, hjemmeside, webdesign, webutvikling, web",
    ),
    concept(
        "design", "product",
        en="design, designer, product design, industrial design, designers, design agency",
        sv="design, formgivning, formgivare, industridesign, designbyrå, designer",
        nb="design, designer, formgiving, industridesign, designbyrå, formgiver",
    ),
    concept(
        "ux", "product", parents="design",
        en="UX, user experience, usability, usability testing, user testing, user friendly, "
           "user interface, UI, interaction design, interaction designer, UX designer, "
           "confusing, hard to use, difficult to use, user research, service design",
        sv="användarupplevelse, användbarhet, användartester, användartest, användarvänlig, "
           "användarvänliga, gränssnitt, interaktionsdesign, interaktionsdesigner, "
           "krånglig, svår att använda, tjänstedesign",
        nb="brukeropplevelse, brukervennlighet, brukertesting, brukertester, brukervennlig, "
           "grensesnitt, interaksjonsdesign, interaksjonsdesigner, tungvint, vanskelig å bruke, "
           "tjenestedesign",
    ),
    concept(
        "accessibility", "product", parents="ux",
        en="accessibility, universal design, WCAG, accessible design",
        sv="tillgänglighet, universell utformning, tillgänglighetsanpassning, WCAG",
        nb="universell utforming, tilgjengelighet, WCAG, tilgjengelig design",
    ),
    concept(
        "graphic_design", "marketing", parents="design brand",
        en="graphic design, graphic designer, logo, logo design, visual identity, illustration, "
           "illustrator, layout, art director",
        sv="grafisk design, grafisk formgivare, logotyp, illustratör, visuell identitet, "
           "formgivning av trycksaker",
        nb="grafisk design, grafisk designer, logo, illustratør, visuell identitet, "
           "art director",
    ),
    concept(
        "video", "marketing", parents="marketing",
        en="video, video production, film, filmmaking, photography, photographer, animation, "
           "motion graphics",
        sv="video, film, filmproduktion, fotograf, fotografering, rörlig bild, animation",
        nb="video, film, filmproduksjon, fotograf, fotografering, animasjon",
    ),
    concept(
        "product_management", "product",
        en="product management, product manager, product owner, roadmap, product strategy, "
           "product development",
        sv="produktledning, produktägare, produktchef, produktstrategi, produktutveckling",
        nb="produktledelse, produkteier, produktsjef, produktstrategi, produktutvikling",
    ),
    concept(
        "project_management", "operations",
        en="project management, project manager, PMO, agile, scrum, PRINCE2, project lead, "
           "programme management",
        sv="projektledning, projektledare, agil, scrum, projektstyrning, projektkontor",
        nb="prosjektledelse, prosjektleder, smidig, scrum, prosjektstyring, prosjektkontor",
    ),
)
