// Generates a reproducible corpus of invented but realistic diplomatic news articles, in the layouts scraped
// pages have: wire datelines, bylines, date stamps, navigation, share buttons, related links, comment forms.
// Names and places are drawn from small invented-and-real mixes; no text is copied from any publication.

/** Small fast seeded PRNG (mulberry32) so every run parses the same corpus. */
export function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  ["China", "Chinese", "Beijing"],
  ["India", "Indian", "New Delhi"],
  ["Kazakhstan", "Kazakh", "Astana"],
  ["Brazil", "Brazilian", "Brasilia"],
  ["Japan", "Japanese", "Tokyo"],
  ["Germany", "German", "Berlin"],
  ["France", "French", "Paris"],
  ["Egypt", "Egyptian", "Cairo"],
  ["Turkey", "Turkish", "Ankara"],
  ["Russia", "Russian", "Moscow"],
  ["South Africa", "South African", "Pretoria"],
  ["Indonesia", "Indonesian", "Jakarta"],
  ["Mexico", "Mexican", "Mexico City"],
  ["Nigeria", "Nigerian", "Abuja"],
  ["Vietnam", "Vietnamese", "Hanoi"],
  ["Poland", "Polish", "Warsaw"],
];
const FIRST = ["Ana", "Tomas", "Li", "Rahul", "Amina", "Olga", "Kenji", "Fatima", "Pedro", "Ingrid", "Samir", "Mei"];
const LAST = [
  "Varga",
  "Okafor",
  "Chen",
  "Sharma",
  "Diallo",
  "Petrova",
  "Tanaka",
  "Haddad",
  "Silva",
  "Berg",
  "Nasser",
  "Lin",
];
const TITLES = [
  "Foreign Minister",
  "President",
  "Prime Minister",
  "Vice President",
  "Defence Minister",
  "Trade Minister",
];
const VERBS = ["met with", "held talks with", "held a phone call with", "received", "hosted"];
const TOPICS = [
  "trade and investment",
  "energy security",
  "regional connectivity",
  "climate change",
  "counterterrorism",
  "education and culture",
  "agriculture",
  "the peace process",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const AGENCIES = ["Xinhua", "Reuters", "AP", "AFP", "PTI", "Yonhap", "Anadolu"];
const FURNITURE_TOP = [
  "Home > World > Asia",
  "Skip to main content",
  "Menu",
  "World",
  "Share",
  "Listen to this article",
];
const FURNITURE_BOTTOM = [
  "Related posts",
  "Leave a Reply",
  "Comments are moderated. Fields with a star are required.",
  "© 2024 Example Media. All rights reserved.",
  "Back To Top",
  "Advertisement",
  "Subscribe to our newsletter",
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function person(rand, country) {
  return { name: `${pick(rand, FIRST)} ${pick(rand, LAST)}`, title: `${country[1]} ${pick(rand, TITLES)}` };
}

function paragraph(rand, a, b, pa, pb) {
  const templates = [
    () =>
      `${pa.title} ${pa.name} said the two countries would strengthen cooperation in ${pick(rand, TOPICS)} and ${pick(rand, TOPICS)}, according to a statement released by the ministry.`,
    () =>
      `"We are ready to work with ${b[0]} to deepen our partnership and to open a new chapter in our relations," ${pa.name.split(" ")[1]} told reporters after the talks in ${a[2]}.`,
    () =>
      `${pb.name.split(" ")[1]} said ${b[0]} values its ties with ${a[0]} and supports the ${a[1]} side's stance on questions of shared concern, including ${pick(rand, TOPICS)}.`,
    () =>
      `The two sides also exchanged views on the situation in the region and agreed to hold the next round of consultations in ${b[2]} later this year, officials said.`,
    () =>
      `Trade between ${a[0]} and ${b[0]} reached ${Math.floor(rand() * 90 + 10)}.${Math.floor(rand() * 10)} billion U.S. dollars last year, up ${Math.floor(rand() * 20 + 2)} percent from a year earlier, official data show.`,
    () =>
      `Mr. ${pb.name.split(" ")[1]} arrived in ${a[2]} on ${pick(rand, WEEKDAYS)} for a ${Math.floor(rand() * 3 + 2)}-day official visit, his first since taking office in ${2015 + Math.floor(rand() * 8)}.`,
    () =>
      `Both ministers signed a memorandum of understanding on ${pick(rand, TOPICS)} and a joint statement on the ${Math.floor(rand() * 40 + 10)}th anniversary of diplomatic relations.`,
  ];
  return pick(rand, templates)();
}

/** One article's text, 4 to 14 paragraphs, in one of several page layouts. */
export function generateArticle(rand) {
  const a = pick(rand, COUNTRIES);
  let b = pick(rand, COUNTRIES);
  if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length];
  const pa = person(rand, a);
  const pb = person(rand, b);
  const day = Math.floor(rand() * 27) + 1;
  const month = Math.floor(rand() * 12);
  const year = 2015 + Math.floor(rand() * 10);
  const agency = pick(rand, AGENCIES);
  const lines = [];
  const layout = Math.floor(rand() * 4);
  if (layout >= 2) for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) lines.push(pick(rand, FURNITURE_TOP));
  const headline = `${a[1]} ${pick(rand, TITLES).toLowerCase()} ${pick(rand, ["meets", "holds talks with", "calls"])} ${b[1]} counterpart`;
  lines.push(
    layout === 3
      ? ` date ${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")} ${headline}`
      : headline,
  );
  if (layout === 1) lines.push(`By ${pick(rand, FIRST)} ${pick(rand, LAST)}`);
  if (layout !== 3)
    lines.push(
      `Updated: ${MONTHS[month]} ${day}, ${year} ${String(Math.floor(rand() * 24)).padStart(2, "0")}:${String(Math.floor(rand() * 60)).padStart(2, "0")}`,
    );
  const place = a[2].toUpperCase();
  const dateline = pick(rand, [
    `${place}, ${MONTHS[month]} ${day} (${agency}) -- `,
    `${place} (${agency}) — `,
    `${place}: `,
    "",
  ]);
  lines.push(
    `${dateline}${pa.title} ${pa.name} on ${pick(rand, WEEKDAYS)} ${pick(rand, VERBS)} ${pb.title} ${pb.name} in ${a[2]}, with both sides pledging closer cooperation on ${pick(rand, TOPICS)}.`,
  );
  const count = 3 + Math.floor(rand() * 11);
  for (let i = 0; i < count; i++) {
    lines.push(paragraph(rand, a, b, pa, pb));
    if (rand() < 0.08) lines.push(pick(rand, ["Advertisement", "Read more", "Share this article"]));
  }
  if (layout !== 0) for (let i = 0; i < 1 + Math.floor(rand() * 4); i++) lines.push(pick(rand, FURNITURE_BOTTOM));
  return lines.join(rand() < 0.5 ? "\n" : "\n\n");
}

/** `count` articles from `seed`. */
export function generateCorpus(count, seed = 20230830) {
  const rand = createRandom(seed);
  return Array.from({ length: count }, () => generateArticle(rand));
}
