"""The demo network's organizations: fictional, but shaped like the Nordic and British market."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrgSpec:
    name: str
    industry: str
    size: str
    city: str
    country: str  # SE, NO or GB: decides language, phone format and neighbouring cities
    domain: str

    @property
    def website(self) -> str:
        return f"https://www.{self.domain}"


ORGANIZATIONS: tuple[OrgSpec, ...] = (
    OrgSpec("Kronvik Pay AB", "fintech", "51-200", "Stockholm", "SE", "kronvikpay.se"),
    OrgSpec("Solstråle Energi AB", "energy", "201-500", "Göteborg", "SE", "solstraleenergi.se"),
    OrgSpec("Lindqvist & Berg Advokatbyrå", "law firm", "51-200", "Stockholm", "SE",
            "lbadvokat.se"),
    OrgSpec("Revisionshuset Norrmalm AB", "accounting firm", "11-50", "Stockholm", "SE",
            "revisionshuset.se"),
    OrgSpec("Hamnlyftet Logistik AB", "logistics", "501-1000", "Göteborg", "SE", "hamnlyftet.se"),
    OrgSpec("Myndigheten för digital samverkan", "public sector", "201-500", "Stockholm", "SE",
            "digitalsamverkan.se"),
    OrgSpec("Vättervik Medtech AB", "medtech", "201-500", "Uppsala", "SE", "vatterviksmedtech.se"),
    OrgSpec("Klarbyte AB", "SaaS", "11-50", "Stockholm", "SE", "klarbyte.se"),
    OrgSpec("Stenhög Fastigheter AB", "real estate", "51-200", "Malmö", "SE", "stenhog.se"),
    OrgSpec("Ljusgården Handel AB", "retail", "1001-5000", "Stockholm", "SE", "ljusgarden.se"),
    OrgSpec("Fyrtorn Consulting AB", "consulting", "201-500", "Stockholm", "SE",
            "fyrtornconsulting.se"),
    OrgSpec("Ekdal Ventures", "venture capital", "1-10", "Stockholm", "SE", "ekdalventures.se"),
    OrgSpec("Åkerblom Livsmedel AB", "food production", "501-1000", "Malmö", "SE",
            "akerblomlivsmedel.se"),
    OrgSpec("Granitlås Säkerhet AB", "cybersecurity", "51-200", "Lund", "SE", "granitlas.se"),
    OrgSpec("Institutet för tillämpad materialforskning", "research", "201-500", "Göteborg", "SE",
            "itmf.se"),
    OrgSpec("Brattli Kraft AS", "energy", "501-1000", "Bergen", "NO", "brattlikraft.no"),
    OrgSpec("Nordvik Betaling AS", "fintech", "51-200", "Oslo", "NO", "nordvikbetaling.no"),
    OrgSpec("Advokatfirmaet Holm & Strand AS", "law firm", "51-200", "Oslo", "NO",
            "holmstrand-advokat.no"),
    OrgSpec("Revisjonsgruppen Vest AS", "accounting firm", "11-50", "Bergen", "NO",
            "revisjonsgruppen.no"),
    OrgSpec("Fjordvik kommune", "public sector", "1001-5000", "Stavanger", "NO",
            "fjordvik.kommune.no"),
    OrgSpec("Havbruk Innovasjon AS", "seafood", "201-500", "Trondheim", "NO",
            "havbrukinnovasjon.no"),
    OrgSpec("Tindra Software AS", "SaaS", "51-200", "Oslo", "NO", "tindra.no"),
    OrgSpec("Polar Frakt AS", "logistics", "201-500", "Trondheim", "NO", "polarfrakt.no"),
    OrgSpec("Bryggen Eiendom AS", "real estate", "11-50", "Bergen", "NO", "bryggeneiendom.no"),
    OrgSpec("Nordlys Medisinsk AS", "medtech", "51-200", "Oslo", "NO", "nordlysmedisinsk.no"),
    OrgSpec("Kvarts Rådgivning AS", "consulting", "51-200", "Oslo", "NO", "kvarts.no"),
    OrgSpec("Lunde Dagligvare AS", "retail", "1001-5000", "Oslo", "NO", "lundedagligvare.no"),
    OrgSpec("Trondheim Teknologiforskning", "research", "501-1000", "Trondheim", "NO",
            "ttforskning.no"),
    OrgSpec("Havørn Invest AS", "venture capital", "1-10", "Oslo", "NO", "havorninvest.no"),
    OrgSpec("Ashgrove Capital Partners", "venture capital", "11-50", "London", "GB",
            "ashgrovecapital.co.uk"),
    OrgSpec("Pennant Ledger Ltd", "fintech", "51-200", "London", "GB", "pennantledger.co.uk"),
    OrgSpec("Marlow & Finch LLP", "law firm", "201-500", "London", "GB", "marlowfinch.co.uk"),
    OrgSpec("Calder Hughes Accountants LLP", "accounting firm", "51-200", "Manchester", "GB",
            "calderhughes.co.uk"),
    OrgSpec("Northgate Freight Ltd", "logistics", "501-1000", "Manchester", "GB",
            "northgatefreight.co.uk"),
    OrgSpec("Brightwell Retail Group plc", "retail", "5001+", "Leeds", "GB", "brightwell.co.uk"),
    OrgSpec("Helix Diagnostics Ltd", "medtech", "51-200", "Cambridge", "GB",
            "helixdiagnostics.co.uk"),
    OrgSpec("Quaywise Software Ltd", "SaaS", "11-50", "Manchester", "GB", "quaywise.co.uk"),
    OrgSpec("Mersey Valley Council", "public sector", "1001-5000", "Manchester", "GB",
            "merseyvalley.gov.uk"),
    OrgSpec("Thornbury Consulting Ltd", "consulting", "201-500", "London", "GB", "thornbury.co.uk"),
    OrgSpec("Kingsmere Property Ltd", "real estate", "11-50", "Edinburgh", "GB",
            "kingsmereproperty.co.uk"),
)

# The language people speak at work in each country, as the demo's vocabularies key it.
COUNTRY_LANGUAGE = {"SE": "sv", "NO": "nb", "GB": "en"}
LANGUAGE_COUNTRY = {lang: country for country, lang in COUNTRY_LANGUAGE.items()}

# People live near, not always in, the city of their employer's office.
CITIES = {
    "SE": ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Lund"),
    "NO": ("Oslo", "Bergen", "Trondheim", "Stavanger"),
    "GB": ("London", "Manchester", "Leeds", "Edinburgh", "Cambridge"),
}

# Functions an industry employs more of than others: a law firm is mostly lawyers.
INDUSTRY_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "fintech": ("it", "product", "finance"),
    "energy": ("operations", "research", "procurement"),
    "law firm": ("legal",),
    "accounting firm": ("finance",),
    "logistics": ("operations", "procurement", "sales"),
    "public sector": ("procurement", "communications", "it"),
    "medtech": ("research", "product", "sales"),
    "SaaS": ("it", "product", "sales"),
    "real estate": ("finance", "operations", "sales"),
    "retail": ("sales", "marketing", "procurement"),
    "consulting": ("it", "finance", "hr"),
    "venture capital": ("executive", "finance"),
    "food production": ("operations", "procurement", "marketing"),
    "cybersecurity": ("it", "legal"),
    "research": ("research",),
    "seafood": ("operations", "research", "sales"),
}
