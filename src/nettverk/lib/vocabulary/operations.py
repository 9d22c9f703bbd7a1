"""Running the business: logistics, purchasing, production, quality, energy, sustainability."""

from __future__ import annotations

from nettverk.lib.vocabulary import concept

CONCEPTS = (
    concept(
        "operations", "operations",
        en="operations, COO, operations management, operational excellence, process "
           "development, business operations",
        sv="verksamhetsutveckling, driftchef, operativ chef, verksamhetsstyrning, processer",
        nb="virksomhetsutvikling, driftssjef, operativ leder, driftsledelse, prosesser",
    ),
    concept(
        "logistics", "operations",
        en="logistics, supply chain, distribution, supply chain management, 3PL, last mile, "
           "delivery, deliveries, logistics partner",
        sv="logistik, leveranskedja, försörjningskedja, distribution, logistikpartner, "
           "leveranser, varuflöde",
        nb="logistikk, forsyningskjede, verdikjede, distribusjon, logistikkpartner, "
           "leveranser, vareflyt",
    ),
    concept(
        "warehousing", "operations", parents="logistics",
        en="warehouse, warehousing, inventory, inventory management, stock management, "
           "fulfilment, fulfillment",
        sv="lager, lagerhantering, lagerlokal, lagerstyrning, lagersaldo, tredjepartslager",
        nb="lager, lagerstyring, lagerlokale, lagerbeholdning, tredjepartslager",
    ),
    concept(
        "freight", "operations", parents="logistics",
        en="freight, shipping, forwarding, freight forwarder, container shipping, "
           "sea freight, air freight, freight agreements, shipments",
        sv="frakt, spedition, fraktavtal, speditör, sjöfrakt, flygfrakt, containerfrakt, "
           "frakter",
        nb="frakt, spedisjon, fraktavtale, speditør, sjøfrakt, flyfrakt, containerfrakt",
    ),
    concept(
        "transport", "operations", parents="logistics",
        en="transport, transportation, trucking, haulage, road transport, fleet management, "
           "couriers",
        sv="transport, transporter, åkeri, lastbilar, vägtransport, budfirma",
        nb="transport, transporter, lastebil, veitransport, budbil, transportselskap",
    ),
    concept(
        "customs", "operations", parents="logistics trade",
        en="customs, customs clearance, tariffs, duties, HS codes, incoterms, customs broker",
        sv="tull, tullar, tullklarering, tullhantering, tulldeklaration, incoterms, tullombud",
        nb="toll, fortolling, tollklarering, tolldeklarasjon, incoterms, tollagent",
    ),
    concept(
        "procurement", "procurement",
        en="procurement, purchasing, buyer, purchaser, purchasing manager, category management, "
           "spend management, buy in, purchases",
        sv="inköp, inköpare, inköpschef, anskaffning, inköpsavdelning, köper in, kategoriansvar",
        nb="innkjøp, innkjøper, innkjøpssjef, kjøper inn, innkjøpsavdeling, kategoriansvar",
    ),
    concept(
        "sourcing", "procurement", parents="procurement",
        en="sourcing, suppliers, supplier, supplier management, vendor management, vendors, "
           "offshoring, contract manufacturing, manufacturers abroad, find suppliers",
        sv="leverantör, leverantörer, leverantörsutveckling, underleverantör, "
           "underleverantörer, sourcing, hitta leverantörer, kontraktstillverkning",
        nb="leverandør, leverandører, leverandørutvikling, underleverandør, "
           "underleverandører, sourcing, finne leverandører, kontraktsproduksjon",
    ),
    concept(
        "manufacturing", "operations",
        en="manufacturing, manufacture, manufacturer, manufacturers, production, factory, "
           "factories, plant, industrial, production line, production plant",
        sv="tillverkning, tillverka, produktion, fabrik, fabriker, tillverkande, industri, "
           "tillverkare, tillverkningsindustri, producera, produktionslinje",
        nb="produksjon, produsere, fabrikk, fabrikker, produsent, industri, tilvirkning, "
           "produksjonslinje, industribedrift",
    ),
    concept(
        "lean", "operations", parents="manufacturing",
        en="lean, six sigma, kaizen, continuous improvement, process improvement, "
           "efficiency, productivity",
        sv="lean, ständiga förbättringar, processförbättring, effektivisering, "
           "produktivitet, effektivitet",
        nb="lean, kontinuerlig forbedring, prosessforbedring, effektivisering, "
           "produktivitet, effektivitet",
    ),
    concept(
        "quality", "operations",
        en="quality management, quality assurance, ISO 9001, quality control, quality system",
        sv="kvalitetssäkring, kvalitetsledning, ISO 9001, kvalitetskontroll, "
           "kvalitetsledningssystem, kvalitetschef",
        nb="kvalitetssikring, kvalitetsledelse, ISO 9001, kvalitetskontroll, "
           "kvalitetssystem, kvalitetssjef",
    ),
    concept(
        "machinery", "operations", parents="manufacturing",
        en="machines, machinery, machine, equipment, CNC, robotics, robots, industrial "
           "automation, PLC, production equipment",
        sv="maskiner, maskin, utrustning, robotar, robotisering, industrirobot, "
           "produktionsutrustning, maskinpark",
        nb="maskiner, maskin, utstyr, roboter, robotisering, industrirobot, "
           "produksjonsutstyr, maskinpark",
    ),
    concept(
        "maintenance", "operations",
        en="maintenance, repairs, repair, service technician, preventive maintenance",
        sv="underhåll, reparation, reparationer, servicetekniker, förebyggande underhåll",
        nb="vedlikehold, reparasjon, reparasjoner, servicetekniker, forebyggende vedlikehold",
    ),
    concept(
        "packaging", "operations", parents="manufacturing",
        en="packaging, packaging design, labels, labelling",
        sv="förpackning, förpackningar, förpackningsdesign, etiketter",
        nb="emballasje, forpakning, forpakninger, etiketter",
    ),
    concept(
        "energy", "operations",
        en="energy, electricity, power supply, energy supply, energy prices, power prices, "
           "utility, energy company",
        sv="energi, el, elpris, elpriser, elhandel, energibolag, energiförsörjning, elnät",
        nb="energi, strøm, strømpris, strømpriser, energiselskap, energiforsyning, strømnett",
    ),
    concept(
        "energy_efficiency", "operations", parents="energy",
        en="energy efficiency, energy audit, energy audits, energy saving, energy savings, "
           "energy bill, energy costs, cut energy, energy consumption, heat pump, heat pumps",
        sv="energieffektivisering, energikartläggning, energibesparing, energirådgivning, "
           "energikostnader, elräkning, energiförbrukning, värmepump, energikonsult",
        nb="energieffektivisering, energikartlegging, energisparing, energirådgivning, "
           "energikostnader, strømregning, energiforbruk, varmepumpe, enøk, energirådgiver",
    ),
    concept(
        "solar", "operations", parents="renewables",
        en="solar, solar panels, solar panel, solar power, solar energy, photovoltaic, PV, "
           "solar cells, solar park, solar installation",
        sv="solceller, solcell, solenergi, solpanel, solpaneler, solcellsanläggning, solkraft, "
           "solpark, solcellspaneler",
        nb="solceller, solcelle, solenergi, solcellepanel, solcellepaneler, solcelleanlegg, "
           "solkraft, solpark",
    ),
    concept(
        "renewables", "operations", parents="energy sustainability",
        en="renewable energy, renewables, green energy, clean energy, green power",
        sv="förnybar energi, grön energi, förnybart, ren energi",
        nb="fornybar energi, grønn energi, fornybart, ren energi",
    ),
    concept(
        "wind", "operations", parents="renewables",
        en="wind power, wind farm, wind farms, offshore wind, wind turbines, wind energy",
        sv="vindkraft, vindkraftverk, vindpark, havsbaserad vindkraft",
        nb="vindkraft, vindpark, havvind, vindturbiner, vindmøller",
    ),
    concept(
        "hydrogen_batteries", "operations", parents="renewables",
        en="hydrogen, fuel cells, battery, batteries, energy storage, battery storage",
        sv="vätgas, bränsleceller, batteri, batterier, energilagring",
        nb="hydrogen, brenselceller, batteri, batterier, energilagring",
    ),
    concept(
        "oil_gas", "operations", parents="energy",
        en="oil and gas, oil, petroleum, offshore, subsea, drilling, LNG, oil industry",
        sv="olja och gas, olja, petroleum, oljeindustri, offshore",
        nb="olje og gass, olje, petroleum, offshore, subsea, sokkel, oljebransjen, "
           "oljeindustrien",
    ),
    concept(
        "ev_charging", "operations", parents="energy",
        en="electric vehicles, EV, EV charging, charging stations, charging infrastructure, "
           "e-mobility",
        sv="elbil, elbilar, laddning, laddstolpe, laddstolpar, laddinfrastruktur",
        nb="elbil, elbiler, lading, ladestasjon, ladestasjoner, ladeinfrastruktur",
    ),
    concept(
        "sustainability", "operations",
        en="sustainability, ESG, sustainable, climate, environmental, environment, "
           "sustainability strategy, green transition",
        sv="hållbarhet, hållbar, klimat, miljö, miljöfrågor, hållbarhetsstrategi, "
           "grön omställning, hållbarhetschef",
        nb="bærekraft, bærekraftig, klima, miljø, miljøspørsmål, bærekraftsstrategi, "
           "grønn omstilling, bærekraftsjef",
    ),
    concept(
        "esg_reporting", "operations", parents="sustainability",
        en="ESG reporting, sustainability reporting, CSRD, sustainability report, EU taxonomy, "
           "double materiality, GRI",
        sv="hållbarhetsrapportering, hållbarhetsrapport, CSRD, EU-taxonomin, "
           "dubbel väsentlighetsanalys",
        nb="bærekraftsrapportering, bærekraftsrapport, CSRD, EU-taksonomien, "
           "dobbel vesentlighetsanalyse",
    ),
    concept(
        "emissions", "operations", parents="sustainability",
        en="carbon footprint, emissions, net zero, GHG, greenhouse gas, climate accounting, "
           "CO2, carbon, decarbonisation, science based targets",
        sv="utsläpp, koldioxid, klimatavtryck, klimatbokslut, växthusgaser, nettonoll, "
           "klimatredovisning",
        nb="utslipp, karbonavtrykk, klimaregnskap, klimagassutslipp, netto null, "
           "klimagasser, CO2",
    ),
    concept(
        "circular", "operations", parents="sustainability",
        en="circular economy, recycling, waste, waste management, reuse, circularity",
        sv="cirkulär ekonomi, återvinning, avfall, avfallshantering, återbruk",
        nb="sirkulærøkonomi, gjenvinning, avfall, avfallshåndtering, ombruk, resirkulering",
    ),
    concept(
        "environmental_management", "operations", parents="sustainability",
        en="environmental management, ISO 14001, environmental permits, LCA, life cycle "
           "assessment, environmental impact",
        sv="miljöledning, ISO 14001, miljötillstånd, livscykelanalys, miljöpåverkan, "
           "miljöledningssystem",
        nb="miljøledelse, ISO 14001, utslippstillatelse, livsløpsanalyse, miljøpåvirkning, "
           "miljøstyring",
    ),
    concept(
        "construction", "operations",
        en="construction, building projects, contractor, construction project, renovation, "
           "building contractor, construction company, builder, building permit",
        sv="byggbranschen, byggnation, byggprojekt, byggentreprenör, byggföretag, renovering, "
           "ombyggnad, byggledare, entreprenad, bygglov",
        nb="byggebransjen, byggeprosjekt, byggentreprenør, entreprise, rehabilitering, oppussing, "
           "byggeleder, byggfirma, byggesøknad, rammetillatelse",
    ),
    concept(
        "architecture", "operations", parents="construction",
        en="architecture firm, building design, landscape architect, interior architect, "
           "architectural design",
        sv="arkitektkontor, arkitektbyrå, landskapsarkitekt, inredningsarkitekt, "
           "byggnadsarkitekt",
        nb="arkitektkontor, arkitektfirma, landskapsarkitekt, interiørarkitekt, "
           "bygningsarkitekt",
    ),
    concept(
        "interior_design", "product", parents="design",
        en="interior design, office design, workplace design, interiors",
        sv="inredning, kontorsinredning, inredningsdesign",
        nb="interiør, kontorinnredning, interiørdesign, innredning",
    ),
)
