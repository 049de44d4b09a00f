// `@org/diplomacy-core/html`: HTML pages, RSS/Atom feeds and NDJSON inputs. Kept out of the main entry so the
// plain-text parser stays light in the browser.
export {};
