// `@org/diplomacy-store/testing`: invented, complete article records for tests of the store and its consumers.
export { type ArticleSeed, makeArticle, makeSampleArticles } from "./fixtures.js";
