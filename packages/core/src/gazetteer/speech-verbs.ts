/**
 * Verbs that introduce or attribute speech, in every inflection the attribution rules look for.
 * "Direct" verbs attribute a quotation ("...", he said); "reporting" verbs also introduce indirect positions
 * ("Zhao urged both countries to ...").
 */

const DIRECT: readonly string[] = [
  "say says said saying",
  "state states stated stating",
  "add adds added adding",
  "note notes noted noting",
  "stress stresses stressed stressing",
  "tell tells told telling",
  "emphasise emphasises emphasised emphasising",
  "emphasize emphasizes emphasized emphasizing",
  "underline underlines underlined underlining",
  "underscore underscores underscored underscoring",
  "write writes wrote written writing",
  "declare declares declared declaring",
  "remark remarks remarked remarking",
  "tweet tweets tweeted tweeting",
  "post posts posted posting",
  "continue continues continued continuing",
  "conclude concludes concluded concluding",
  "read reads reading",
  "affirm affirms affirmed affirming",
  "reaffirm reaffirms reaffirmed reaffirming",
  "reiterate reiterates reiterated reiterating",
  "insist insists insisted insisting",
  "explain explains explained explaining",
  "warn warns warned warning",
  "announce announces announced announcing",
  "assert asserts asserted asserting",
  "observe observes observed observing",
  "recall recalls recalled recalling",
  "comment comments commented commenting",
  "reply replies replied replying",
  "respond responds responded responding",
  "answer answers answered answering",
  "argue argues argued arguing",
  "claim claims claimed claiming",
  "confirm confirms confirmed confirming",
  "acknowledge acknowledges acknowledged acknowledging",
  "admit admits admitted admitting",
  "mention mentions mentioned mentioning",
  "highlight highlights highlighted highlighting",
  "quip quips quipped quipping",
  "ask asks asked asking",
  "cite cites cited citing",
  "tout touts touted touting",
  "vow vows vowed vowing",
  "pledge pledges pledged pledging",
  "urge urges urged urging",
  "caution cautions cautioned cautioning",
  "suggest suggests suggested suggesting",
  "express expresses expressed expressing",
  "describe describes described describing",
];

/** Multi-word forms: the particle follows the verb ("pointed out", "went on"). */
const PHRASAL: readonly string[] = [
  "point out",
  "points out",
  "pointed out",
  "pointing out",
  "went on",
  "goes on",
  "go on",
  "put it",
  "puts it",
  "according to",
];

/** Verbs that report a position without quoting it (indirect speech). */
const REPORTING: readonly string[] = [
  "say says said",
  "state states stated",
  "stress stresses stressed",
  "emphasise emphasises emphasised",
  "emphasize emphasizes emphasized",
  "underline underlines underlined",
  "underscore underscores underscored",
  "note notes noted",
  "urge urges urged",
  "call calls called",
  "agree agrees agreed",
  "pledge pledges pledged",
  "vow vows vowed",
  "reaffirm reaffirms reaffirmed",
  "affirm affirms affirmed",
  "reiterate reiterates reiterated",
  "welcome welcomes welcomed",
  "express expresses expressed",
  "highlight highlights highlighted",
  "propose proposes proposed",
  "warn warns warned",
  "insist insists insisted",
  "hope hopes hoped",
  "voice voices voiced",
  "condemn condemns condemned",
  "demand demands demanded",
  "announce announces announced",
  "commit commits committed",
  "support supports supported",
  "reject rejects rejected",
  "oppose opposes opposed",
  "appreciate appreciates appreciated",
  "praise praises praised",
  "commend commends commended",
  "thank thanks thanked",
  "invite invites invited",
  "encourage encourages encouraged",
  "advocate advocates advocated",
  "assure assures assured",
];

const expand = (rows: readonly string[]): Set<string> => new Set(rows.flatMap((r) => r.split(" ")));

/** Single-word verbs that attribute a quotation. */
export const DIRECT_SPEECH_VERBS: ReadonlySet<string> = expand(DIRECT);

/** Two-word attributions whose second word completes the verb ("pointed out", "according to"). */
export const PHRASAL_SPEECH_VERBS: ReadonlySet<string> = new Set(PHRASAL);

/** Verbs that introduce an indirect position ("Zhao urged ...", "the two sides agreed to ..."). */
export const REPORTING_VERBS: ReadonlySet<string> = expand(REPORTING);

/**
 * Verbs so common in ordinary narrative that they only count when they sit right beside a quotation
 * ("expressed its hope "..."", "cited ...").
 */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...expand([
    "express expresses expressed expressing",
    "describe describes described describing",
    "post posts posted posting",
    "continue continues continued continuing",
    "read reads reading",
    "cite cites cited citing",
    "ask asks asked asking",
    "vow vows vowed vowing",
    "pledge pledges pledged pledging",
    "urge urges urged urging",
    "suggest suggests suggested suggesting",
    "tout touts touted touting",
    "answer answers answered answering",
    "respond responds responded responding",
    // "the attack claimed the lives of …"
    "claim claims claimed claiming",
  ]),
]);

/** Verbs that open a reported position in a lead sentence without attributing a quotation themselves. */
export const LEAD_VERBS: ReadonlySet<string> = new Set([
  "revealed",
  "announced",
  "disclosed",
  "indicated",
  "affirmed",
  "stated",
]);
