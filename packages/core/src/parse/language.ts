import type { TextStructure } from "./context.js";

/** ISO 639-1 code of the article's language. (First version: English.) */
export function detectLanguage(_text: string, _structure: TextStructure): string {
  return "en";
}
