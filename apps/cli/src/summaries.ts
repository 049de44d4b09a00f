/** One-line summaries of every command, shared by the top-level help and each command's own help. */
export const SUMMARIES = {
  parse: "Parse articles (text, HTML pages, RSS/Atom feeds, NDJSON) into records, printed in input order.",
  fuse: "Parse articles and fuse the reports of one real event into stories, with every source.",
  ingest: "Parse articles and store them; the same article twice is stored once.",
  "query events": "List stored events, newest first, filtered by country, actor, type, dates or words.",
  "query articles": "List stored articles, newest first, filtered by country, source, dates or words.",
  "query actors": "List stored actors (people and organisations) by name, with how often they appear.",
  "query countries": "List stored countries and organisations with their article and event counts.",
  "export events": "Stream every stored event as one flat row (date, type, CAMEO, PLOVER, Goldstein, actors, source).",
  "export articles": "Stream every stored article record as NDJSON, the same records `parse` writes.",
  serve: "Serve the HTTP API and the web UI over a database, and print their address.",
  schema: "Print the JSON Schema (draft 2020-12) of the article record that parse and export write.",
} as const;

export type CommandName = keyof typeof SUMMARIES;
