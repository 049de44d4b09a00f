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
export const VERSION = "0.1.0";
