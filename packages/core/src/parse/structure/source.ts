/** News agencies and wire services, by the forms datelines and credit lines write them. */
const AGENCIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Xinhua", ["xinhua", "xinhua news agency", "xinhuanet"]],
  ["AP", ["ap", "associated press", "the associated press"]],
  ["Reuters", ["reuters", "thomson reuters"]],
  ["AFP", ["afp", "agence france presse", "agence france-presse"]],
  ["TASS", ["tass", "itar-tass", "itar tass"]],
  ["RIA Novosti", ["ria novosti", "ria"]],
  ["Interfax", ["interfax"]],
  ["Sputnik", ["sputnik"]],
  ["Press Trust of India", ["pti", "press trust of india"]],
  ["ANI", ["ani", "asian news international"]],
  ["IANS", ["ians", "indo-asian news service"]],
  ["UNI", ["uni", "united news of india"]],
  ["Yonhap", ["yonhap", "yonhap news agency"]],
  ["Kyodo", ["kyodo", "kyodo news"]],
  ["Jiji Press", ["jiji", "jiji press"]],
  ["Anadolu Agency", ["aa", "anadolu", "anadolu agency", "anadolu ajansı"]],
  ["MENAFN", ["menafn"]],
  ["WAM", ["wam", "emirates news agency"]],
  ["SPA", ["spa", "saudi press agency"]],
  ["QNA", ["qna", "qatar news agency"]],
  ["KUNA", ["kuna", "kuwait news agency"]],
  ["BNA", ["bna", "bahrain news agency"]],
  ["ONA", ["ona", "oman news agency"]],
  ["MENA", ["mena", "middle east news agency"]],
  ["Petra", ["petra", "jordan news agency"]],
  ["SANA", ["sana"]],
  ["IRNA", ["irna", "islamic republic news agency"]],
  ["Mehr", ["mehr", "mehr news agency"]],
  ["APA", ["apa"]],
  ["Trend", ["trend", "trend news agency"]],
  ["AZERTAC", ["azertac"]],
  ["Armenpress", ["armenpress"]],
  ["Kazinform", ["kazinform"]],
  ["Kabar", ["kabar"]],
  ["AKIpress", ["akipress"]],
  ["BelTA", ["belta"]],
  ["Ukrinform", ["ukrinform"]],
  ["EFE", ["efe", "agencia efe"]],
  ["Europa Press", ["europa press"]],
  ["ANSA", ["ansa"]],
  ["dpa", ["dpa", "deutsche presse-agentur"]],
  ["UPI", ["upi", "united press international"]],
  ["Bernama", ["bernama"]],
  ["Antara", ["antara"]],
  ["PNA", ["pna", "philippine news agency"]],
  ["VNA", ["vna", "vietnam news agency"]],
  ["KPL", ["kpl", "lao news agency"]],
  ["BSS", ["bss", "bangladesh sangbad sangstha"]],
  ["APP", ["app", "associated press of pakistan"]],
  ["RSS", ["rss", "rastriya samachar samiti"]],
  ["CNA", ["cna", "central news agency"]],
  ["KCNA", ["kcna", "korean central news agency"]],
  ["Prensa Latina", ["prensa latina"]],
  ["Télam", ["télam", "telam"]],
  ["Agência Brasil", ["agência brasil", "agencia brasil"]],
  ["Lusa", ["lusa"]],
  ["CMC", ["cmc", "caribbean media corporation"]],
  ["APO Group", ["apo", "apo group"]],
  ["IPS", ["ips", "inter press service"]],
  ["CGTN", ["cgtn"]],
  ["China News Service", ["china news service", "chinanews"]],
  ["NAN", ["nan", "news agency of nigeria"]],
  ["KNA", ["kna", "kenya news agency"]],
  ["SAnews", ["sanews"]],
  ["ENA", ["ena", "ethiopian news agency"]],
  ["Pajhwok", ["pajhwok"]],
];

const AGENCY_BY_NAME = new Map<string, string>();
for (const [canonical, names] of AGENCIES) for (const name of names) AGENCY_BY_NAME.set(name, canonical);

const foldName = (s: string): string => s.toLowerCase().replace(/[.’']/g, "").replace(/\s+/g, " ").trim();

/**
 * The canonical name of a news agency written as `name` ("XINHUA", "Associated Press", "PTI"), or null.
 *
 * @example
 * canonicalAgency("ITAR-TASS") // "TASS"
 */
export function canonicalAgency(name: string): string | null {
  return AGENCY_BY_NAME.get(foldName(name)) ?? null;
}

/**
 * The agency a line credits: "Source: REUTERS", "(Reporting by ... for Reuters)", "Distributed by APO Group on
 * behalf of ...", "Press Trust of India New Delhi", "- Anadolu Agency". Returns the agency (or outlet) and null
 * when the line is not a credit line.
 *
 * @example
 * readCreditLine("Source: REUTERS") // "Reuters"
 */
export function readCreditLine(line: string): string | null {
  const text = line.trim();
  if (text.length > 160) return null;
  const labelled = /^(?:source|sources|credit|courtesy|fuente|fonte|quelle|источник)\s*[:：]\s*(.{2,80})$/iu.exec(text);
  if (labelled) {
    // "Source: Xinhua | 2023-08-30 10:15:02 | Editor: Li": the credit ends at the next field
    const value = (labelled[1] ?? "").split(/\s*\|\s*|\s+\p{L}+\s*[:：]|\s+(?:19|20)\d\d-/u)[0]!.replace(/[.\s]+$/, "");
    return value ? (canonicalAgency(value) ?? value) : null;
  }
  const distributed = /^[Dd]istributed by ([\p{Lu}][\p{L}\p{N}&.' -]{1,40}?)(?: on behalf of| for |[.,]|$)/u.exec(text);
  if (distributed) return canonicalAgency(distributed[1] ?? "") ?? (distributed[1] ?? "").trim();
  const dashed = /^[-–—]\s*([\p{Lu}][\p{L} .&'-]{1,40})$/u.exec(text);
  if (dashed) return canonicalAgency(dashed[1] ?? "");
  return null;
}

/**
 * The agency a byline names at its start ("Press Trust of India New Delhi", "By Reuters staff"), or null.
 *
 * @example
 * agencyAtStart("Press Trust of India New Delhi") // "Press Trust of India"
 */
export function agencyAtStart(line: string): string | null {
  const words = line
    .replace(/^by\s+/i, "")
    .split(/\s+/)
    .slice(0, 5);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const candidate = canonicalAgency(words.slice(0, n).join(" "));
    // a lone short code at the start of a byline must be written in capitals ("PTI", not "app")
    if (candidate && (n > 1 || /^[A-Z]/.test(words[0] ?? ""))) return candidate;
  }
  return null;
}

/**
 * The agency a byline names after its last comma, bar or "for" ("By Jane Roe, Reuters", "Ann Lee | AFP"), or null.
 *
 * @example
 * agencyAtEnd("By Jane Roe, Reuters") // "Reuters"
 */
export function agencyAtEnd(line: string): string | null {
  const m = /(?:,|\||\sfor)\s*([^,|]{2,40})$/u.exec(line.slice(-45));
  return m ? canonicalAgency((m[1] ?? "").trim()) : null;
}

/**
 * The first agency credited in parentheses or brackets in `text` ("(Xinhua/Liu Weibing)", "[Reuters]"), or null.
 *
 * @example
 * findParentheticalAgency("Han meets Thongloun in Beijing. (Xinhua/Liu Weibing)") // "Xinhua"
 */
export function findParentheticalAgency(text: string): string | null {
  const re = /[([]([\p{Lu}][\p{L}-]{1,24})(?:[/ ][^)\]]{0,40})?[)\]]/gu;
  let m: RegExpExecArray | null = re.exec(text);
  while (m !== null) {
    const agency = canonicalAgency(m[1] ?? "");
    if (agency && /^\p{Lu}/u.test(m[1] ?? "") && (m[1] ?? "").length > 2) return agency;
    m = re.exec(text);
  }
  return null;
}

/**
 * The site a URL belongs to, as a readable host ("www.arabnews.com" → "arabnews.com"), or null.
 *
 * @example
 * sourceFromUrl("https://www.arabnews.com/node/1") // "arabnews.com"
 */
export function sourceFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  if (!m) return null;
  const host = (m[1] ?? "").toLowerCase().replace(/^(?:www\d?|m|amp|en|english)\./, "");
  return host || null;
}
