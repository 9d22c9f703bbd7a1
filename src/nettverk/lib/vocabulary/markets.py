"""Selling and being seen: sales, export and the markets, marketing, PR, events, retail, pricing."""

from __future__ import annotations

from nettverk.lib.vocabulary import concept

CONCEPTS = (
    concept(
        "sales", "sales",
        en="sales, selling, sell, salesperson, sales manager, B2B sales, sales process, "
           "closing deals, sales pipeline, sales team, sales director, new customers, "
           "win customers, more customers, get customers, customer acquisition",
        sv="försäljning, sälja, säljare, säljchef, säljprocess, B2B-försäljning, säljteam, "
           "försäljningschef, nya kunder, sälj, fler kunder, kundanskaffning",
        nb="salg, selge, selger, salgssjef, salgsprosess, B2B-salg, salgsteam, salgsdirektør, "
           "nye kunder, salgsarbeid, flere kunder, kundeakkvisisjon",
    ),
    concept(
        "key_accounts", "sales", parents="sales",
        en="key account, key accounts, key account management, enterprise sales, large "
           "customers, major accounts",
        sv="key account, nyckelkund, nyckelkunder, storkund, storkunder",
        nb="key account, nøkkelkunde, nøkkelkunder, storkunde, storkunder",
    ),
    concept(
        "partnerships", "sales", parents="sales",
        en="business development, partnerships, partner program, alliances, channel partners, "
           "resellers, reseller, partner network",
        sv="affärsutveckling, partnerskap, samarbetspartner, återförsäljare, kanalpartner, "
           "partnernätverk, affärsutvecklare",
        nb="forretningsutvikling, partnerskap, samarbeidspartner, forhandlernett, "
           "kanalpartner, partnernettverk, forretningsutvikler",
    ),
    concept(
        "lead_generation", "sales", parents="sales",
        en="lead generation, sales leads, prospecting, cold calling, outbound sales, appointment "
           "setting, telemarketing",
        sv="leadsgenerering, prospektering, kalla samtal, nykundsbearbetning, telemarketing, "
           "bokning av möten",
        nb="leadsgenerering, prospektering, kald-ringing, telemarketing, møtebooking, "
           "nykundesalg",
    ),
    concept(
        "crm", "sales", parents="sales",
        en="CRM, Salesforce, HubSpot, customer relationship management, Pipedrive, "
           "customer database, CRM system",
        sv="CRM, kundregister, CRM-system, kunddatabas, Lime CRM",
        nb="CRM, kunderegister, CRM-system, kundedatabase, SuperOffice",
    ),
    concept(
        "customer_service", "sales",
        en="customer service, customer support, customer success, call centre, call center, "
           "customer experience, customer satisfaction, complaints",
        sv="kundtjänst, kundservice, kundsupport, kundnöjdhet, kundupplevelse, kundcenter, "
           "reklamationer",
        nb="kundeservice, kundestøtte, kundetilfredshet, kundeopplevelse, kundesenter, "
           "reklamasjoner",
    ),
    concept(
        "pricing", "marketing",
        en="pricing, price, prices, price model, pricing strategy, pricing model, price plans, "
           "what to charge, charge customers, price increase, pricing strategist",
        sv="prissättning, pris, priser, prismodell, prismodeller, prisstrategi, ta betalt, "
           "prissätta, prishöjning",
        nb="prising, pris, priser, prismodell, prismodeller, prisstrategi, ta betalt, "
           "prissetting, prisøkning",
    ),
    concept(
        "subscriptions", "product",
        en="subscription, subscriptions, SaaS, recurring revenue, ARR, MRR, churn, "
           "subscription business, software as a service",
        sv="prenumeration, prenumerationer, abonnemang, prenumerationstjänst, "
           "prenumerationstjänster, återkommande intäkter, SaaS",
        nb="abonnement, abonnementer, abonnementstjeneste, abonnementstjenester, "
           "gjentakende inntekter, SaaS",
    ),
    concept(
        "export", "sales", parents="sales",
        en="export, exports, exporting, exporter, international expansion, internationalisation, "
           "internationalization, new markets, foreign markets, market entry, enter the market, "
           "distributors, distributor, international sales, export sales, expand abroad, "
           "expand internationally, expansion abroad",
        sv="export, exportera, exportör, internationalisering, nya marknader, "
           "utlandsetablering, exportrådgivare, distributör, distributörer, komma in på marknaden, "
           "utländska marknader, exportchef, internationell försäljning, expandera utomlands, "
           "expandera internationellt",
        nb="eksport, eksportere, eksportør, internasjonalisering, nye markeder, "
           "utenlandske markeder, eksportrådgiver, distributør, distributører, "
           "inn på markedet, etablere seg i utlandet, eksportsjef, internasjonalt salg, "
           "ekspandere til utlandet, ekspandere internasjonalt",
    ),
    concept(
        "import", "procurement", parents="trade",
        en="import, imports, importing, importer, importers, wholesale, wholesaler, "
           "trading company",
        sv="import, importera, importör, grossist, grossister, partihandel, importerar",
        nb="import, importere, importør, grossist, grossister, engroshandel, importerer",
    ),
    concept(
        "trade", "sales",
        en="international trade, trade, foreign trade, trading",
        sv="handel, utrikeshandel, internationell handel",
        nb="handel, utenrikshandel, internasjonal handel",
    ),
    concept(
        "retail", "sales",
        en="retail, shop, shops, retail store, chain store, merchandising, point of sale, "
           "retailer, retail chain",
        sv="detaljhandel, butik, butiker, butikskedja, detaljhandelskedja, butikschef, "
           "detaljhandlare",
        nb="detaljhandel, butikk, butikker, butikkjede, varehandel, butikksjef, kjøpmann",
    ),
    concept(
        "ecommerce", "sales", parents="retail",
        en="e-commerce, ecommerce, online store, webshop, web shop, Shopify, Magento, "
           "online retail, marketplace, marketplaces, Amazon, online sales, e-tailer, "
           "sell online, selling online, online shop",
        sv="e-handel, näthandel, webbutik, webbshop, e-handlare, nätbutik, e-handelsbolag, "
           "onlineförsäljning, sälja på nätet, sälja online",
        nb="e-handel, netthandel, nettbutikk, nettbutikker, e-handelsaktør, nettsalg, "
           "selge på nett",
    ),
    concept(
        "marketing", "marketing",
        en="marketing, marketer, go-to-market, marketing strategy, campaign, campaigns, "
           "advertising, marketing plan, CMO, marketing manager, product launch, launch "
           "campaign",
        sv="marknadsföring, marknadsförare, marknadschef, marknadsstrategi, kampanj, "
           "kampanjer, reklam, annonsering, marknadsplan, lansering, produktlansering",
        nb="markedsføring, markedsfører, markedssjef, markedsstrategi, kampanje, kampanjer, "
           "reklame, annonsering, markedsplan, lansering, produktlansering",
    ),
    concept(
        "brand", "marketing", parents="marketing",
        en="brand, branding, brand strategy, rebranding, brand identity, positioning, "
           "brand building",
        sv="varumärke, varumärken, varumärkesstrategi, varumärkesbyggande, grafisk profil, "
           "positionering, varumärkesplattform",
        nb="merkevare, merkevarer, merkevarebygging, profilering, grafisk profil, "
           "posisjonering, merkevarestrategi",
    ),
    concept(
        "digital_marketing", "marketing", parents="marketing",
        en="digital marketing, online marketing, performance marketing, growth marketing, "
           "online advertising, email marketing, newsletter marketing, marketing automation",
        sv="digital marknadsföring, annonsering på nätet, onlinemarknadsföring, "
           "nätannonsering, e-postmarknadsföring, marknadsautomation",
        nb="digital markedsføring, annonsering på nett, nettannonsering, "
           "e-postmarkedsføring, markedsautomasjon",
    ),
    concept(
        "seo", "marketing", parents="digital_marketing",
        en="SEO, search engine optimisation, search engine optimization, search engine, "
           "search engines, organic traffic, organic search, search ranking, search results, "
           "website visitors, website traffic, web traffic, google ranking, found on Google",
        sv="sökmotoroptimering, SEO, sökmotor, sökmotorer, sökresultat, organisk trafik, "
           "synas på Google, synlighet på nätet, trafik till webbplatsen, besökare på webbplatsen",
        nb="søkemotoroptimalisering, SEO, søkemotor, søkemotorer, søkeresultat, "
           "organisk trafikk, synlighet på nett, synes på Google, trafikk til nettsiden, "
           "besøkende på nettsiden",
    ),
    concept(
        "search_ads", "marketing", parents="digital_marketing",
        en="Google Ads, AdWords, SEM, PPC, paid search, search advertising, pay per click, "
           "paid ads",
        sv="Google Ads, sökordsannonsering, betald annonsering, betald sökning",
        nb="Google Ads, søkeordannonsering, betalt annonsering, betalt søk",
    ),
    concept(
        "social_media", "marketing", parents="digital_marketing",
        en="social media, Instagram, TikTok, Facebook, influencer, influencers, "
           "community management, LinkedIn marketing, social media marketing",
        sv="sociala medier, influencer, influencers, sociala kanaler, Instagram, TikTok",
        nb="sosiale medier, påvirker, influencer, influencere, Instagram, TikTok",
    ),
    concept(
        "content", "marketing", parents="marketing",
        en="content marketing, content creation, copywriting, copywriter, blog, blogging, "
           "storytelling, content strategy, newsletter",
        sv="innehållsmarknadsföring, innehållsproduktion, copywriter, nyhetsbrev, skribent, "
           "innehållsstrategi, webbtexter",
        nb="innholdsmarkedsføring, innholdsproduksjon, tekstforfatter, nyhetsbrev, skribent, "
           "innholdsstrategi, webtekster",
    ),
    concept(
        "market_research", "marketing", parents="marketing",
        en="market research, market analysis, customer insight, customer insights, surveys, "
           "competitor analysis, focus groups, market study",
        sv="marknadsundersökning, marknadsanalys, kundundersökning, omvärldsanalys, "
           "konkurrentanalys, fokusgrupper, kundinsikt",
        nb="markedsundersøkelse, markedsanalyse, kundeundersøkelse, konkurrentanalyse, "
           "fokusgrupper, kundeinnsikt",
    ),
    concept(
        "pr", "communications",
        en="PR, public relations, press relations, media relations, press release, communications, "
           "journalists, crisis communication, spokesperson",
        sv="PR, kommunikation, pressmeddelande, mediarelationer, presskontakt, "
           "kriskommunikation, kommunikatör, kommunikationschef, pressrelationer",
        nb="PR, kommunikasjon, pressemelding, mediehåndtering, pressekontakt, krisekommunikasjon, "
           "kommunikasjonsrådgiver, kommunikasjonssjef, mediekontakt",
    ),
    concept(
        "public_affairs", "communications", parents="pr",
        en="public affairs, lobbying, government relations, policy work, politicians",
        sv="påverkansarbete, lobbying, samhällskontakter, politiker, näringspolitik",
        nb="samfunnskontakt, lobbyvirksomhet, politisk påvirkning, politikere, "
           "næringspolitikk",
    ),
    concept(
        "events", "marketing", parents="marketing",
        en="events, event, event management, event planning, conference, conferences, "
           "event producer, customer event, seminar, seminars, kick-off, meetings and events, "
           "team building, company party, offsite, product launch event",
        sv="event, evenemang, konferens, konferenser, kundevent, eventbyrå, arrangera, "
           "arrangör, eventansvarig, kundkonferens, seminarium, kickoff, teambuilding, "
           "firmafest, personalfest, julfest",
        nb="arrangement, arrangementer, konferanse, konferanser, kundearrangement, "
           "eventbyrå, arrangere, arrangør, eventansvarlig, kundekonferanse, seminar, event, "
           "teambuilding, firmafest, julebord, personalfest",
    ),
    concept(
        "trade_fairs", "marketing", parents="events",
        en="trade fair, trade fairs, trade show, trade shows, exhibition, exhibitions, expo, "
           "exhibition stand, trade fair stand, booth, exhibitor",
        sv="mässa, mässor, mässmonter, monter, utställning, utställare, mässdeltagande",
        nb="messe, messer, messestand, utstilling, utstiller, messedeltakelse, stand på messe",
    ),
    concept(
        "translation", "communications",
        en="translation, translations, translate, translates, translator, interpreter, "
           "interpreting, localisation, localization, proofreading",
        sv="översättning, översättningar, översätta, översätter, översättare, tolk, tolkning, "
           "lokalisering, språkgranskning, translator",
        nb="oversettelse, oversettelser, oversette, oversetter, tolk, tolking, lokalisering, "
           "språkvask, translatør",
    ),
)
