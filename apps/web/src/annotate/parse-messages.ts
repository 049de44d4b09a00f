import type { Article, ArticleInputLike } from "@org/diplomacy-core";

/** What the page asks the parse worker. */
export interface ParseRequest {
  id: number;
  input: ArticleInputLike;
}

/** What the parse worker answers: the record, or the core's error code and message. */
export type ParseReply =
  | { id: number; ms: number; ok: true; article: Article }
  | { id: number; ms: number; ok: false; error: { code: string; message: string } };
