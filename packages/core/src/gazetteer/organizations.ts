/**
 * International organisations that stand beside countries in `countries` and as an official's `country`.
 * Codes follow the gold convention: the usual acronym, and "AFU" for the African Union (AU is Australia).
 */

export interface OrganizationEntry {
  /** Code used in place of a country code, e.g. "EU". */
  code: string;
  /** Canonical English name. */
  name: string;
  /** Other ways news writes it (acronyms with and without dots, bodies of the organisation). */
  aliases: readonly string[];
}

export const INTERNATIONAL_ORGANIZATIONS: readonly OrganizationEntry[] = [
  {
    code: "UN",
    name: "United Nations",
    aliases: [
      "UN",
      "U.N.",
      "U.N",
      "UNO",
      "United Nations Organization",
      "UN Security Council",
      "U.N. Security Council",
      "United Nations Security Council",
      "UNSC",
      "UN General Assembly",
      "United Nations General Assembly",
      "UNGA",
      "UN Secretariat",
      "UN DESA",
      "UNDESA",
      "United Nations Department of Economic and Social Affairs",
      "UN Human Rights Council",
      "UNHRC",
      "UNDP",
      "UNICEF",
      "UNHCR",
      "UNESCO",
    ],
  },
  {
    code: "EU",
    name: "European Union",
    aliases: [
      "EU",
      "E.U.",
      "European Commission",
      "European Council",
      "Council of the European Union",
      "European Parliament",
      "European External Action Service",
      "EEAS",
    ],
  },
  { code: "NATO", name: "North Atlantic Treaty Organization", aliases: ["NATO", "Nato", "North Atlantic Alliance"] },
  {
    code: "ASEAN",
    name: "Association of Southeast Asian Nations",
    aliases: ["ASEAN", "Asean", "Association of South East Asian Nations"],
  },
  {
    code: "SCO",
    name: "Shanghai Cooperation Organisation",
    aliases: ["SCO", "Shanghai Cooperation Organization"],
  },
  { code: "BRICS", name: "BRICS", aliases: ["BRICS", "Brics"] },
  { code: "G7", name: "Group of Seven", aliases: ["G7", "G-7", "Group of 7"] },
  { code: "G20", name: "Group of Twenty", aliases: ["G20", "G-20", "Group of 20"] },
  { code: "OAS", name: "Organization of American States", aliases: ["OAS", "Organisation of American States"] },
  { code: "CIS", name: "Commonwealth of Independent States", aliases: ["CIS"] },
  {
    code: "CSTO",
    name: "Collective Security Treaty Organization",
    aliases: ["CSTO", "Collective Security Treaty Organisation"],
  },
  {
    code: "AFU",
    name: "African Union",
    aliases: ["African Union Commission", "AU Commission", "AUC", "AUDA-NEPAD", "African Union Development Agency"],
  },
  { code: "ECOWAS", name: "Economic Community of West African States", aliases: ["ECOWAS", "Ecowas"] },
  {
    code: "GCC",
    name: "Gulf Cooperation Council",
    aliases: ["GCC", "Cooperation Council for the Arab States of the Gulf"],
  },
  {
    code: "OSCE",
    name: "Organization for Security and Co-operation in Europe",
    aliases: [
      "OSCE",
      "Organisation for Security and Co-operation in Europe",
      "Organization for Security and Cooperation in Europe",
    ],
  },
  { code: "IAEA", name: "International Atomic Energy Agency", aliases: ["IAEA"] },
  {
    code: "CELAC",
    name: "Community of Latin American and Caribbean States",
    aliases: ["CELAC", "Celac"],
  },
  { code: "CARICOM", name: "Caribbean Community", aliases: ["CARICOM", "Caricom"] },
  { code: "MERCOSUR", name: "Mercosur", aliases: ["MERCOSUR", "Mercosul", "MERCOSUL", "Southern Common Market"] },
  { code: "LAS", name: "Arab League", aliases: ["League of Arab States"] },
  { code: "OIC", name: "Organisation of Islamic Cooperation", aliases: ["OIC", "Organization of Islamic Cooperation"] },
  { code: "APEC", name: "Asia-Pacific Economic Cooperation", aliases: ["APEC"] },
  { code: "SAARC", name: "South Asian Association for Regional Cooperation", aliases: ["SAARC"] },
  { code: "SADC", name: "Southern African Development Community", aliases: ["SADC"] },
  { code: "IGAD", name: "Intergovernmental Authority on Development", aliases: ["IGAD"] },
  { code: "EAEU", name: "Eurasian Economic Union", aliases: ["EAEU", "EEU"] },
  { code: "OPEC", name: "Organization of the Petroleum Exporting Countries", aliases: ["OPEC"] },
  { code: "WTO", name: "World Trade Organization", aliases: ["WTO"] },
  { code: "WHO", name: "World Health Organization", aliases: [] },
  { code: "IMF", name: "International Monetary Fund", aliases: ["IMF"] },
  { code: "COE", name: "Council of Europe", aliases: [] },
  { code: "CICA", name: "Conference on Interaction and Confidence-Building Measures in Asia", aliases: ["CICA"] },
  { code: "BIMSTEC", name: "BIMSTEC", aliases: [] },
  { code: "QUAD", name: "Quad", aliases: ["Quadrilateral Security Dialogue"] },
];
