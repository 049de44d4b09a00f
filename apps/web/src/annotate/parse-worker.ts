// Runs the core parser off the main thread, so long articles never freeze the page and the parser's gazetteers
// load in their own chunk.
import { parseArticle } from "@org/diplomacy-core";
import type { ParseReply, ParseRequest } from "./parse-messages.js";

self.onmessage = (message: MessageEvent<ParseRequest>) => {
  const { id, input } = message.data;
  const started = performance.now();
  const result = parseArticle(input);
  const ms = performance.now() - started;
  const reply: ParseReply = result.success
    ? { id, ms, ok: true, article: result.data }
    : { id, ms, ok: false, error: { code: result.error.code, message: result.error.message } };
  self.postMessage(reply);
};
