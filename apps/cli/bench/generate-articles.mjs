// Invented, varied wire-style articles for the benchmark: seeded, so every run parses the same corpus.

const COUNTRIES = [
  ["Argentina", "Argentine", "Buenos Aires"],
  ["Australia", "Australian", "Canberra"],
  ["Austria", "Austrian", "Vienna"],
  ["Brazil", "Brazilian", "Brasilia"],
  ["Canada", "Canadian", "Ottawa"],
  ["Chile", "Chilean", "Santiago"],
  ["Egypt", "Egyptian", "Cairo"],
  ["Ethiopia", "Ethiopian", "Addis Ababa"],
  ["Finland", "Finnish", "Helsinki"],
  ["Ghana", "Ghanaian", "Accra"],
  ["Greece", "Greek", "Athens"],
  ["India", "Indian", "New Delhi"],
  ["Indonesia", "Indonesian", "Jakarta"],
  ["Japan", "Japanese", "Tokyo"],
  ["Kazakhstan", "Kazakh", "Astana"],
  ["Kenya", "Kenyan", "Nairobi"],
  ["Malaysia", "Malaysian", "Kuala Lumpur"],
  ["Mexico", "Mexican", "Mexico City"],
  ["Morocco", "Moroccan", "Rabat"],
  ["Nigeria", "Nigerian", "Abuja"],
  ["Norway", "Norwegian", "Oslo"],
  ["Peru", "Peruvian", "Lima"],
  ["Poland", "Polish", "Warsaw"],
  ["Portugal", "Portuguese", "Lisbon"],
  ["Senegal", "Senegalese", "Dakar"],
  ["South Africa", "South African", "Pretoria"],
  ["Spain", "Spanish", "Madrid"],
  ["Thailand", "Thai", "Bangkok"],
  ["Turkey", "Turkish", "Ankara"],
  ["Vietnam", "Vietnamese", "Hanoi"],
];
const TITLES = [
  "Foreign Minister",
  "Prime Minister",
  "President",
  "Trade Minister",
  "Defence Minister",
  "Deputy Foreign Minister",
];
const FIRST = [
  "Ana",
  "Jonas",
  "Amina",
  "Kenji",
  "Lucia",
  "Tomas",
  "Nadia",
  "Ravi",
  "Elena",
  "Kwame",
  "Sofia",
  "Arman",
  "Mei",
  "Pedro",
  "Ingrid",
  "Yusuf",
];
const LAST = [
  "Moreau",
  "Haddad",
  "Okafor",
  "Tanaka",
  "Silva",
  "Novak",
  "Lindqvist",
  "Mensah",
  "Costa",
  "Petrov",
  "Rahman",
  "Alvarez",
  "Karimov",
  "Nguyen",
  "Berg",
  "Diallo",
];
const TOPICS = [
  "trade and investment",
  "energy security",
  "climate finance",
  "maritime security",
  "education exchanges",
  "agricultural cooperation",
  "digital infrastructure",
  "tourism and direct flights",
  "counterterrorism",
  "health cooperation",
];
const EVENTS = [
  (a, b, place) => `${a} met ${b} in ${place} on Monday`,
  (a, b) => `${a} held a phone call with ${b} on Tuesday`,
  (a, b, place) => `${a} received ${b}, who is on an official visit to ${place}, on Wednesday`,
  (a, b, place) => `${a} and ${b} signed a memorandum of understanding in ${place} on Thursday`,
  (a, b, place) => `${a} held talks with ${b} on the sidelines of a regional forum in ${place} on Friday`,
];
const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const AGENCIES = ["Example Wire", "Daily Ledger", "Global Dispatch", "Metro Herald"];

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** A small seeded PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The n-th invented article: a headline, a dateline, 3 to 6 paragraphs with officials, an event, a quote and topics.
 *
 * @example
 * makeArticle(0).split("\n")[0]; // a headline
 */
export function makeArticle(n) {
  const rnd = random(n + 1);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const host = pick(COUNTRIES);
  let guest = pick(COUNTRIES);
  if (guest === host) guest = COUNTRIES[(COUNTRIES.indexOf(host) + 1) % COUNTRIES.length];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const hostName = person();
  const guestName = person();
  const hostTitle = pick(TITLES);
  const guestTitle = pick(TITLES);
  const a = `${host[1]} ${hostTitle} ${hostName}`;
  const b = `${guest[1]} ${guestTitle} ${guestName}`;
  const topics = [pick(TOPICS), pick(TOPICS)];
  const year = 2019 + Math.floor(rnd() * 7);
  const day = 1 + Math.floor(rnd() * 28);
  const month = pick(MONTHS);
  const event = pick(EVENTS)(a, b, host[2]);
  const paragraphs = [
    `${host[2].toUpperCase()}, ${month} ${day}, ${year} (${pick(AGENCIES)}) -- ${event}, discussing ${topics[0]} and ${topics[1]}.`,
    `"${host[0]} values its partnership with ${guest[0]} and wants to deepen it," ${hostName.split(" ")[1]} said after the talks, which officials described as the ${ordinal(n + 1)} round of consultations between the two sides.`,
    `The two sides agreed to set up a joint working group on ${topics[1]} and to meet again in ${guest[2]} next year.`,
  ];
  const extra = Math.floor(rnd() * 4);
  for (let i = 0; i < extra; i++) {
    paragraphs.push(
      pick([
        `${guestName.split(" ")[1]} thanked ${host[0]} for its hospitality and invited ${hostName} to visit ${guest[0]}.`,
        `Bilateral trade between ${host[0]} and ${guest[0]} reached ${(1 + rnd() * 20).toFixed(1)} billion dollars last year, according to official figures.`,
        `The ministers also exchanged views on regional and international issues of common concern, the statement said.`,
        `Both countries will mark ${10 + Math.floor(rnd() * 60)} years of diplomatic relations in ${year + 1}.`,
      ]),
    );
  }
  return `${host[0]}, ${guest[0]} discuss ${topics[0]} in round ${n + 1} of talks\n${paragraphs.join("\n")}\n`;
}
