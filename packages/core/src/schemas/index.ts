export * from "./actor.js";
export * from "./article.js";
export * from "./country.js";
export * from "./event.js";
export * from "./initiative.js";
export * from "./quote.js";
export * from "./span.js";
export * from "./story.js";
