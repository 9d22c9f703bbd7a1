"""Law: contracts, employment, privacy, intellectual property, companies, disputes, procurement."""

from __future__ import annotations

from nettverk.lib.vocabulary import concept

CONCEPTS = (
    concept(
        "law", "legal",
        en="law, legal, lawyer, attorney, solicitor, barrister, legal advice, counsel, "
           "general counsel, law firm, legal counsel",
        sv="juridik, jurist, advokat, advokatbyrå, juridisk, bolagsjurist, juridisk rådgivning, "
           "rättslig, lagstiftning",
        nb="juss, jurist, advokat, advokatfirma, juridisk, juridisk rådgivning, rettslig, "
           "advokatkontor, jus",
    ),
    concept(
        "contracts", "legal", parents="law",
        en="contracts, contract, agreement, agreements, contract law, terms and conditions, "
           "commercial contracts, contract negotiation, NDA, supplier agreement",
        sv="avtal, kontrakt, avtalsrätt, kommersiella avtal, avtalsförhandling, sekretessavtal, "
           "leverantörsavtal, allmänna villkor",
        nb="avtaler, avtale, kontrakt, avtalerett, kontraktsrett, kommersielle avtaler, "
           "taushetserklæring, leverandøravtale, avtalevilkår",
    ),
    concept(
        "employment_law", "legal", parents="law hr",
        en="employment law, labour law, labor law, dismissal, dismissals, redundancy, "
           "redundancies, layoff, layoffs, lay off, unfair dismissal, collective agreement, "
           "trade union, works council, TUPE, employment contract, fire employees",
        sv="arbetsrätt, anställningsavtal, uppsägning, uppsägningar, varsel, varsla, LAS, "
           "kollektivavtal, facket, fackförbund, arbetsbrist, MBL, avsked, säga upp, "
           "turordning, omställning",
        nb="arbeidsrett, arbeidsmiljøloven, oppsigelse, oppsigelser, si opp, nedbemanning, "
           "permittering, permitteringer, tariffavtale, fagforening, arbeidsavtale, avskjed, "
           "omstilling, tariff",
    ),
    concept(
        "privacy", "legal", parents="law compliance",
        en="GDPR, data protection, privacy, personal data, DPO, data protection officer, "
           "privacy policy, DPIA, cookie consent, data processing agreement, GDPR compliant",
        sv="dataskydd, dataskyddsförordningen, personuppgifter, integritet, integritetsskydd, "
           "dataskyddsombud, personuppgiftsbiträde, personuppgiftsbiträdesavtal, "
           "dataskyddsförordning",
        nb="personvern, personopplysninger, personvernforordningen, personvernombud, "
           "databehandleravtale, databeskyttelse, personopplysningsloven, personvernerklæring",
    ),
    concept(
        "compliance", "legal", parents="law",
        en="compliance, regulatory compliance, AML, anti-money laundering, KYC, sanctions, "
           "whistleblowing, regulation, regulations, regulatory",
        sv="regelefterlevnad, compliance, penningtvätt, efterlevnad, visselblåsare, "
           "regelverk, regulatoriska krav",
        nb="etterlevelse, compliance, hvitvasking, antihvitvasking, varslingsordning, "
           "regelverk, regulatoriske krav",
    ),
    concept(
        "ip", "legal", parents="law",
        en="intellectual property, IP rights, IPR, IP strategy, IP attorney, IP lawyer",
        sv="immaterialrätt, immateriella rättigheter, immaterialrättsjurist",
        nb="immaterialrett, immaterielle rettigheter, åndsverk, immaterialrettsadvokat",
    ),
    concept(
        "patents", "legal", parents="ip",
        en="patent, patents, patent application, patent attorney, freedom to operate, "
           "invention, inventions, inventor, prior art, patent prosecution, patentable",
        sv="patent, patentansökan, patentombud, uppfinning, uppfinnare, patentera, "
           "patentbyrå, patentintrång",
        nb="patent, patentsøknad, patentfullmektig, oppfinnelse, oppfinner, patentere, "
           "patentkontor, patentbyrå",
    ),
    concept(
        "trademarks", "legal", parents="ip",
        en="trademark, trademarks, trade mark, brand protection, trademark registration",
        sv="varumärkesskydd, varumärkesregistrering, varumärkesrätt, registrera varumärke, "
           "varumärkesintrång",
        nb="varemerke, varemerker, varemerkebeskyttelse, varemerkeregistrering, varemerkerett",
    ),
    concept(
        "copyright", "legal", parents="ip",
        en="copyright, licensing, license agreement, licence agreement, royalties, "
           "open source licence",
        sv="upphovsrätt, licens, licensavtal, royalty, licensiering",
        nb="opphavsrett, lisens, lisensavtale, royalty, lisensiering",
    ),
    concept(
        "corporate_law", "legal", parents="law",
        en="corporate law, company law, shareholder agreement, shareholders agreement, "
           "articles of association, AGM, company formation, shareholder, shareholders",
        sv="bolagsrätt, aktieägaravtal, bolagsordning, bolagsstämma, aktiebolagslagen, "
           "bolagsbildning, aktieägare, delägare",
        nb="selskapsrett, aksjonæravtale, vedtekter, generalforsamling, aksjeloven, "
           "stiftelse av selskap, aksjonær, aksjonærer, medeier",
    ),
    concept(
        "litigation", "legal", parents="law",
        en="litigation, dispute, disputes, lawsuit, court, arbitration, court case, "
           "dispute resolution, legal claim, mediation",
        sv="tvist, tvister, tvistlösning, domstol, skiljeförfarande, stämning, rättegång, "
           "processrätt, medling",
        nb="tvist, tvister, tvisteløsning, rettssak, søksmål, voldgift, prosedyre, domstol, "
           "mekling",
    ),
    concept(
        "competition_law", "legal", parents="law",
        en="competition law, antitrust, merger control, cartel",
        sv="konkurrensrätt, konkurrensverket, företagskoncentration",
        nb="konkurranserett, konkurransetilsynet, foretakssammenslutning",
    ),
    concept(
        "insolvency", "legal", parents="law turnaround",
        en="insolvency, bankruptcy, restructuring of debt, liquidation, "
           "creditors",
        sv="konkurs, rekonstruktion, insolvens, företagsrekonstruktion, likvidation, "
           "borgenärer, ackord",
        nb="konkurs, rekonstruksjon, insolvens, gjeldsforhandling, avvikling, kreditorer, "
           "akkord",
    ),
    concept(
        "immigration", "legal", parents="law hr",
        en="immigration, work permit, work permits, visa application, relocation, residence permit",
        sv="arbetstillstånd, arbetskraftsinvandring, uppehållstillstånd, migrationsverket, visum",
        nb="arbeidstillatelse, oppholdstillatelse, utlendingsloven, UDI, visum, innvandring",
    ),
    concept(
        "tenders", "procurement", parents="public_sector",
        en="public procurement, tender, tenders, tendering, bid, bids, bidding, bid manager, "
           "bid management, RFP, request for proposal, framework agreement, "
           "public sector contracts",
        sv="offentlig upphandling, upphandling, upphandlingar, LOU, anbud, anbudsskrivning, "
           "ramavtal, förfrågningsunderlag, överprövning, anbudsgivning",
        nb="offentlig anskaffelse, offentlige anskaffelser, anbud, anbudskonkurranse, "
           "anbudskonkurranser, anskaffelse, rammeavtale, konkurransegrunnlag, Doffin, "
           "anbudsarbeid, anbudsleder",
    ),
    concept(
        "regulatory", "legal", parents="compliance",
        en="regulatory affairs, CE marking, CE mark, FDA, regulatory approval, MDR, IVDR, "
           "product certification, conformity assessment, notified body, product approval",
        sv="CE-märkning, regulatoriska frågor, produktcertifiering, produktgodkännande, "
           "läkemedelsverket, anmält organ",
        nb="CE-merking, regulatoriske forhold, produktsertifisering, produktgodkjenning, "
           "legemiddelverket, teknisk kontrollorgan",
    ),
    concept(
        "real_estate_law", "legal", parents="law real_estate",
        en="property law, real estate law, lease agreement, tenancy law, landlord and tenant",
        sv="fastighetsrätt, hyresrätt, hyresavtal, arrendeavtal",
        nb="fast eiendoms rettsforhold, husleierett, leieavtale, husleieloven",
    ),
)
