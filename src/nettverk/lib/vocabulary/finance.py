"""Money: tax, accounting, funding and investors, banking, insurance, deals, real estate."""

from __future__ import annotations

from nettverk.lib.vocabulary import concept

CONCEPTS = (
    concept(
        "finance", "finance",
        en="finance, CFO, financial management, finance director, financial, corporate finance, "
           "finance function",
        sv="ekonomi, ekonomichef, finans, ekonomiavdelning, ekonomistyrning, finansdirektör, "
           "finansiell",
        nb="økonomi, økonomisjef, finans, økonomiavdeling, økonomistyring, finansdirektør, "
           "finansiell",
    ),
    concept(
        "tax", "finance", parents="finance",
        en="tax, taxes, taxation, tax advice, tax advisor, corporate tax, income tax, tax return, "
           "tax planning, transfer pricing, tax audit, tax law",
        sv="skatt, skatter, beskattning, skatterådgivning, bolagsskatt, deklaration, "
           "skatteverket, skattejurist, skatterådgivare, internprissättning, skatterätt",
        nb="skatt, beskatning, skatterådgiver, selskapsskatt, skattemelding, selvangivelse, "
           "skatteetaten, internprising, skatterett, skatteadvokat",
    ),
    concept(
        "vat", "finance", parents="tax",
        en="VAT, value added tax, sales tax, VAT registration, reverse charge, VAT return",
        sv="moms, mervärdesskatt, momsregistrering, omvänd skattskyldighet, momsdeklaration",
        nb="moms, merverdiavgift, MVA, mva-registrering, omvendt avgiftsplikt, mva-melding",
    ),
    concept(
        "accounting", "finance", parents="finance",
        en="accounting, bookkeeping, accountant, annual accounts, financial statements, "
           "year-end closing, month-end close, ledger, bookkeeper, chartered accountant, "
           "accounts, annual report",
        sv="redovisning, bokföring, bokslut, årsredovisning, redovisningskonsult, bokförare, "
           "löpande bokföring, redovisningsbyrå, årsbokslut",
        nb="regnskap, regnskapsfører, bokføring, årsregnskap, årsoppgjør, regnskapsbyrå, "
           "bokholder, bokholderi, regnskapsførsel",
    ),
    concept(
        "audit", "finance", parents="accounting",
        en="audit, audits, auditor, auditing, statutory audit, internal audit, assurance",
        sv="revision, revisor, revisionsbyrå, auktoriserad revisor, godkänd revisor, "
           "internrevision, granskning av årsredovisning",
        nb="revisjon, revisor, revisjonsselskap, statsautorisert revisor, registrert revisor, "
           "internrevisjon",
    ),
    concept(
        "financial_reporting", "finance", parents="accounting",
        en="IFRS, GAAP, consolidation, group accounts, financial reporting, consolidated accounts",
        sv="koncernredovisning, K3, finansiell rapportering, IFRS, konsolidering",
        nb="konsernregnskap, NGAAP, finansiell rapportering, IFRS, konsolidering",
    ),
    concept(
        "controlling", "finance", parents="finance",
        en="controlling, controller, budget, budgeting, forecast, forecasting, financial planning, "
           "FP&A, cash flow, cost control, liquidity, management accounting",
        sv="controller, budget, budgetering, prognos, prognoser, likviditet, kassaflöde, "
           "kostnadskontroll, likviditetsplanering, verksamhetsstyrning",
        nb="kontroller, budsjett, budsjettering, prognose, prognoser, likviditet, kontantstrøm, "
           "kostnadskontroll, likviditetsstyring",
    ),
    concept(
        "treasury", "finance", parents="finance",
        en="treasury, currency, FX, hedging, exchange rate, exchange rates, cash management",
        sv="valuta, valutasäkring, valutarisk, växelkurs, likviditetsförvaltning",
        nb="valuta, valutasikring, valutarisiko, valutakurs, likviditetsforvaltning",
    ),
    concept(
        "funding", "finance", parents="finance",
        en="funding, financing, capital, raise capital, capital raising, fundraising, "
           "investment, investments",
        sv="finansiering, kapital, kapitalanskaffning, kapitalresning, investering, "
           "investeringar, nyemission, finansieringslösningar",
        nb="finansiering, kapital, kapitalinnhenting, kapitalreising, investering, "
           "investeringer, emisjon, finansieringsløsninger",
    ),
    concept(
        "venture_capital", "finance", parents="funding startups",
        en="venture capital, VC, seed, seed round, series A, seed funding, pre-seed, investor, "
           "investors, startup funding, invests, invest, funding round, backed startups",
        sv="riskkapital, riskkapitalbolag, investerare, sådd, såddfinansiering, "
           "investeringsrunda, investerar, riskkapitalist, investera",
        nb="risikokapital, venturekapital, såkorn, såkornfond, såkornsfond, investor, "
           "investorer, investeringsrunde, investerer, investere",
    ),
    concept(
        "angel_investors", "finance", parents="venture_capital",
        en="business angel, angel investor, angel investors, angel, angels",
        sv="affärsängel, affärsänglar, ängelinvesterare",
        nb="engleinvestor, engleinvestorer, forretningsengel",
    ),
    concept(
        "private_equity", "finance", parents="funding mna",
        en="private equity, buyout, LBO, PE fund, growth equity",
        sv="private equity, buyout, riskkapitalfond, uppköpsfond",
        nb="private equity, oppkjøpsfond, aktivt eierfond",
    ),
    concept(
        "grants", "finance", parents="funding",
        en="grant, grants, public funding, subsidy, subsidies, EU funding, Horizon Europe, "
           "innovation grant, R&D tax credit, research funding",
        sv="offentligt stöd, Vinnova, Tillväxtverket, EU-stöd, innovationsstöd, forskningsbidrag, "
           "statligt stöd, EU-medel, projektbidrag",
        nb="tilskudd, offentlig støtte, Innovasjon Norge, Forskningsrådet, Skattefunn, EU-midler, "
           "statsstøtte, innovasjonstilskudd",
    ),
    concept(
        "loans", "finance", parents="funding banking",
        en="loan, loans, bank loan, credit, credit line, working capital, lending, overdraft, "
           "business loan, debt financing, mortgage",
        sv="lån, banklån, kredit, krediter, checkkredit, rörelsekredit, företagslån, "
           "rörelsekapital, utlåning, lånefinansiering",
        nb="lån, banklån, kreditt, kassakreditt, driftskreditt, bedriftslån, arbeidskapital, "
           "utlån, lånefinansiering, byggelån",
    ),
    concept(
        "banking", "finance", parents="finance",
        en="bank, banking, banker, corporate banking, corporate banker, relationship manager",
        sv="bank, banken, sparbank, sparbanken, bankman, företagsbank, bankkontor",
        nb="bank, banken, sparebank, sparebanken, bankrådgiver, bedriftsbank, bankfilial",
    ),
    concept(
        "asset_finance", "finance", parents="funding",
        en="leasing, asset finance, equipment finance, factoring, invoice financing, "
           "machine financing",
        sv="leasing, factoring, fakturabelåning, fakturaköp, maskinfinansiering",
        nb="leasing, factoring, fakturakjøp, fakturabelåning, maskinfinansiering",
    ),
    concept(
        "ipo", "finance", parents="funding",
        en="IPO, stock exchange, stock listing, capital markets, investor relations, "
           "initial public offering, stock market",
        sv="börsnotering, börsen, börsintroduktion, investerarrelationer, kapitalmarknad, "
           "noterat bolag",
        nb="børsnotering, børsen, investorrelasjoner, kapitalmarked, børsnotert",
    ),
    concept(
        "crowdfunding", "finance", parents="funding",
        en="crowdfunding, crowd funding, Kickstarter, equity crowdfunding",
        sv="crowdfunding, gräsrotsfinansiering",
        nb="folkefinansiering, crowdfunding",
    ),
    concept(
        "mna", "finance", parents="finance",
        en="M&A, mergers and acquisitions, acquisition, acquisitions, exit, sell company, "
           "sell the company, sell business, sale of company, sold company, company sale, "
           "business broker, divestment, due diligence, merger, buyer for company",
        sv="företagsmäklare, företagsförsäljning, sälja bolag, sälja företag, sälja bolaget, "
           "förvärv, uppköp, fusion, avyttring, företagsöverlåtelse, due diligence, "
           "köpa och sälja bolag",
        nb="oppkjøp, fusjon, kjøp og salg av bedrifter, salg av bedrift, selge bedrift, "
           "selge bedriften, selge selskap, selge selskapet, bedriftsmegler, "
           "virksomhetsoverdragelse, due diligence, salg av selskap",
    ),
    concept(
        "succession", "executive", parents="mna",
        en="succession, business succession, generational change, ownership transition, "
           "handover to next generation",
        sv="generationsskifte, ägarskifte, ägarbyte, generationsväxling",
        nb="generasjonsskifte, eierskifte, generasjonsoverdragelse",
    ),
    concept(
        "valuation", "finance", parents="mna",
        en="valuation, business valuation, company valuation, company value",
        sv="företagsvärdering, bolagsvärdering, värdering av bolag, värdering av företag",
        nb="verdivurdering, selskapsverdi, selskapsverdsettelse, verdsettelse",
    ),
    concept(
        "invoicing", "finance", parents="accounting",
        en="invoicing, billing, accounts receivable, debt collection, credit management, "
           "unpaid invoices, late payments, invoices",
        sv="fakturering, inkasso, kundfordringar, kreditupplysning, obetalda fakturor, "
           "kravhantering, faktura, fakturor, fakturahantering",
        nb="fakturering, inkasso, kundefordringer, kredittsjekk, ubetalte fakturaer, "
           "purring, faktura, fakturaer, fakturahåndtering",
    ),
    concept(
        "payroll", "hr", parents="hr accounting",
        en="payroll, salary administration, salaries, wages, payslips, salary payments",
        sv="lön, löner, lönehantering, löneadministration, lönesystem, lönekörning",
        nb="lønn, lønnskjøring, lønnsadministrasjon, lønnssystem, lønnsutbetaling",
    ),
    concept(
        "insurance", "finance", parents="finance",
        en="insurance, insurer, insurance broker, liability insurance, insurance cover, "
           "insurance policy, insure, insured",
        sv="försäkring, försäkringar, försäkringsmäklare, ansvarsförsäkring, försäkringsbolag",
        nb="forsikring, forsikringer, forsikringsmegler, ansvarsforsikring, forsikringsselskap",
    ),
    concept(
        "pensions", "hr", parents="insurance",
        en="pension, pensions, retirement plan, occupational pension, pension scheme",
        sv="pension, tjänstepension, pensionslösning, pensionsplan",
        nb="pensjon, tjenestepensjon, OTP, pensjonsordning",
    ),
    concept(
        "wealth_management", "finance", parents="finance",
        en="wealth management, private banking, asset management, fund management, "
           "portfolio management",
        sv="förmögenhetsförvaltning, kapitalförvaltning, fondförvaltning, private banking",
        nb="formuesforvaltning, kapitalforvaltning, fondsforvaltning, private banking",
    ),
    concept(
        "fintech", "it", parents="finance",
        en="fintech, payments, payment solutions, card payments, payment provider, "
           "payment service",
        sv="fintech, betalningar, betallösningar, betaltjänster, kortbetalningar, Swish",
        nb="fintech, betaling, betalingsløsninger, betalingstjenester, Vipps",
    ),
    concept(
        "real_estate", "operations",
        en="real estate, property, properties, commercial property, office space, premises, "
           "lease, tenancy, landlord, property management, real estate agent, new office, "
           "office lease, move offices",
        sv="fastighet, fastigheter, fastighetsförvaltning, kommersiella lokaler, lokaler, "
           "kontorslokal, kontorslokaler, hyresvärd, fastighetsägare, fastighetsmäklare, "
           "hyra lokal, nytt kontor, nya lokaler, flytta kontoret",
        nb="eiendom, eiendommer, næringseiendom, lokaler, kontorlokaler, utleier, "
           "eiendomsforvaltning, gårdeier, eiendomsmegler, leie lokaler, næringsbygg, "
           "nytt kontor, nye lokaler, flytte kontoret",
    ),
    concept(
        "facility_management", "operations", parents="real_estate",
        en="facility management, facilities management, office management, building operations",
        sv="fastighetsskötsel, facility management, fastighetsdrift, lokalvård",
        nb="eiendomsdrift, facility management, byggdrift, renhold",
    ),
)
