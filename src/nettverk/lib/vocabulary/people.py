"""People and leadership: HR, recruiting, training, boards, strategy, founding and growing."""

from __future__ import annotations

from nettverk.lib.vocabulary import concept

CONCEPTS = (
    concept(
        "hr", "hr",
        en="HR, human resources, people operations, personnel, HR manager, HR director, "
           "people and culture, HR business partner, staff turnover, employee retention",
        sv="HR, personal, personalchef, personalfrågor, HR-chef, personalavdelning, "
           "personalansvar, HR-konsult, personalomsättning, behålla personal",
        nb="HR, personal, personalsjef, personalavdeling, HR-sjef, personalansvar, "
           "HR-rådgiver, HR-konsulent, turnover blant ansatte, beholde ansatte",
    ),
    concept(
        "recruiting", "hr", parents="hr",
        en="recruiting, recruitment, recruiter, recruit, hiring, hire, hires, headhunter, "
           "headhunting, executive search, talent acquisition, staffing, candidates, job ad, "
           "job ads, find candidates, recruits, intern, interns, internship, summer jobs",
        sv="rekrytering, rekrytera, rekryterar, rekryterare, headhunter, anställa, "
           "nyanställning, bemanning, kandidater, platsannons, rekryteringsföretag, "
           "chefsrekrytering, bemanningsföretag, anställning, praktikant, praktikanter, "
           "sommarjobb, sommarvikarie",
        nb="rekruttering, rekruttere, rekrutterer, ansette, ansettelse, ansettelser, bemanning, "
           "headhunter, kandidater, stillingsannonse, lederrekruttering, bemanningsbyrå, "
           "rekrutteringsbyrå, praktikant, praktikanter, sommerjobb, sommervikar",
    ),
    concept(
        "employer_branding", "hr", parents="recruiting",
        en="employer branding, employer brand, talent attraction, graduate programme",
        sv="employer branding, arbetsgivarvarumärke, traineeprogram, attrahera talanger",
        nb="arbeidsgiverprofil, arbeidsgivermerkevare, employer branding, traineeprogram",
    ),
    concept(
        "interim", "hr", parents="recruiting",
        en="interim management, interim manager, interim CFO, interim",
        sv="interimschef, interim, interimskonsult, interimsledning",
        nb="interimleder, interim, innleid leder",
    ),
    concept(
        "leadership", "hr", parents="hr",
        en="leadership, leadership development, management training, executive coaching, "
           "coaching, coach, mentoring, mentor, management team",
        sv="ledarskap, ledarutveckling, chefsutveckling, coachning, coach, mentor, "
           "ledningsgrupp, chefsstöd",
        nb="ledelse, lederutvikling, lederskap, coaching, coach, mentor, ledergruppe, "
           "lederstøtte",
    ),
    concept(
        "change_management", "hr", parents="hr",
        en="change management, organisational development, organizational development, "
           "reorganisation, reorganization, company culture, corporate culture, culture",
        sv="förändringsledning, organisationsutveckling, omorganisation, omorganisationer, "
           "företagskultur, förändringsarbete",
        nb="endringsledelse, organisasjonsutvikling, omorganisering, bedriftskultur, "
           "endringsarbeid, omstillingsprosess",
    ),
    concept(
        "work_environment", "hr", parents="hr",
        en="health and safety, HSE, occupational health, work environment, wellbeing, "
           "sick leave, burnout, workplace safety, stress, stressed employees",
        sv="arbetsmiljö, systematiskt arbetsmiljöarbete, företagshälsovård, sjukfrånvaro, "
           "friskvård, arbetsmiljöarbete, psykosocial arbetsmiljö, stress, utbrändhet",
        nb="HMS, arbeidsmiljø, bedriftshelsetjeneste, sykefravær, arbeidsmiljøarbeid, "
           "helse miljø og sikkerhet, stress, utbrenthet",
    ),
    concept(
        "compensation", "hr", parents="hr",
        en="compensation, benefits, incentive, incentives, bonus, salary review, "
           "stock options, pay equity, salary survey",
        sv="förmåner, ersättning, incitamentsprogram, lönesättning, optionsprogram, "
           "lönekartläggning, lönerevision",
        nb="kompensasjon, godtgjørelse, insentivordning, opsjonsprogram, lønnspolitikk, "
           "lønnskartlegging, lønnsoppgjør",
    ),
    concept(
        "training", "hr", parents="hr",
        en="training, courses, e-learning, skills development, onboarding, upskilling, "
           "workshops, competence development",
        sv="kompetensutveckling, kurs, kurser, e-learning, onboarding, introduktion av "
           "nyanställda, internutbildning, vidareutbildning",
        nb="opplæring, kompetanseutvikling, kurs, kurser, onboarding, e-læring, internopplæring, "
           "etterutdanning",
    ),
    concept(
        "diversity", "hr", parents="hr",
        en="diversity, inclusion, equality, gender equality, D&I",
        sv="mångfald, inkludering, jämställdhet, likabehandling",
        nb="mangfold, inkludering, likestilling, likebehandling",
    ),
    concept(
        "board", "executive",
        en="board, board member, board members, chair, chairman, chairwoman, chairperson, "
           "board of directors, non-executive director, board work, board composition",
        sv="styrelse, styrelsen, styrelseledamot, ledamot, ledamöter, styrelseordförande, "
           "ordförande, styrelsearbete, styrelseuppdrag, styrelseproffs",
        nb="styre, styret, styremedlem, styremedlemmer, styreleder, styreverv, styrearbeid, "
           "styresammensetning, styrerekruttering",
    ),
    concept(
        "strategy", "executive",
        en="strategy, business strategy, strategic planning, business plan, management "
           "consulting, growth strategy, business model",
        sv="strategi, affärsplan, affärsstrategi, verksamhetsplan, managementkonsult, "
           "tillväxtstrategi, affärsmodell",
        nb="strategi, forretningsplan, forretningsstrategi, virksomhetsstrategi, "
           "vekststrategi, forretningsmodell, strategirådgiver",
    ),
    concept(
        "startups", "executive",
        en="startup, startups, start-up, founder, founders, entrepreneur, entrepreneurs, "
           "starting a business, incubator, accelerator, scale-up, co-founder, cofounder",
        sv="startup, startups, uppstartsbolag, grundare, starta företag, inkubator, "
           "nyföretagande, nystartat bolag, tillväxtbolag, medgrundare",
        nb="oppstart, gründer, gründere, oppstartsselskap, oppstartsbedrift, inkubator, "
           "akselerator, etablere bedrift, vekstselskap, medgründer",
    ),
    concept(
        "turnaround", "executive", parents="strategy",
        en="turnaround, restructuring, cost cutting, cost reduction, efficiency programme, "
           "downsizing, cut costs, reduce costs",
        sv="omstrukturering, kostnadsbesparing, besparingsprogram, kostnadsreduktion, "
           "effektiviseringsprogram, minska kostnaderna, sänka kostnaderna",
        nb="restrukturering, kostnadskutt, kostnadsreduksjon, snuoperasjon, "
           "effektiviseringsprogram, kutte kostnader, redusere kostnader",
    ),
    concept(
        "family_business", "executive",
        en="family business, family-owned, family firm, owner-managed",
        sv="familjeföretag, familjeägt, ägarlett",
        nb="familiebedrift, familieeid, familieselskap",
    ),
    concept(
        "franchise", "executive",
        en="franchise, franchising, franchisor, franchisee, franchise system, franchise chain, "
           "franchise concept",
        sv="franchise, franchising, franchisekedja, franchisetagare, franchisegivare, "
           "franchiseavtal, franchisekoncept, kedjeutveckling",
        nb="franchise, franchising, franchisekjede, franchisetaker, franchisegiver, "
           "franchiseavtale, franchisekonsept, kjedeutvikling, kjedeutvikler",
    ),
    concept(
        "executive_management", "executive",
        en="CEO, managing director, general manager, chief executive, top management, "
           "executive management",
        sv="VD, verkställande direktör, koncernchef, företagsledning, företagsledare",
        nb="daglig leder, administrerende direktør, konsernsjef, toppledelse, bedriftsleder",
    ),
    concept(
        "negotiation", "sales",
        en="negotiation, negotiations, negotiating, negotiator",
        sv="förhandling, förhandlingar, förhandla, förhandlare",
        nb="forhandling, forhandlinger, forhandle, forhandler",
    ),
)
