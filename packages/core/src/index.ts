export type { CameoCode } from "./codes/cameo.js";
export { CAMEO_CODES, goldsteinOf } from "./codes/cameo.js";
export type { EventCodes } from "./codes/event-codes.js";
export { codeEvent, DEFAULT_CAMEO_BY_TYPE } from "./codes/event-codes.js";
export { PLOVER_DESCRIPTIONS, ploverOf } from "./codes/plover.js";
export { ERROR_CATALOGUE, DiplomacyError, isDiplomacyError } from "./errors.js";
export type { DiplomacyErrorOptions, ErrorCode } from "./errors.js";
export {
  countryName,
  countryOfCapital,
  countryOfCity,
  findCountryByName,
  isOrganizationCode,
} from "./gazetteer/countries.js";
export { articleJsonSchema } from "./json-schema.js";
export { parseArticle, parseArticleOrThrow } from "./parse/parse-article.js";
export type { ArticleInputLike, ParseArticleOptions } from "./parse/parse-article.js";
export type { Result } from "./result.js";
export * from "./schemas/index.js";
export { sha256Hex } from "./util/hash.js";
declare const __DIPLOMACY_CORE_VERSION__: string | undefined;
/** The package version (set at build time; "0.0.0-dev" when run from source). */
export const VERSION: string =
  typeof __DIPLOMACY_CORE_VERSION__ === "string" ? __DIPLOMACY_CORE_VERSION__ : "0.0.0-dev";
export { addToStories, fuseEvents, mergeStories, resolveActors, scorePair } from "./fusion/index.js";
