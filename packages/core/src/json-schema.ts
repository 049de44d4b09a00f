import { z } from "zod";
import { ArticleSchema } from "./schemas/article.js";

/**
 * The JSON Schema (draft 2020-12) of the {@link Article} record, generated from the zod schema.
 *
 * @example
 * writeFileSync("article.schema.json", JSON.stringify(articleJsonSchema(), null, 2));
 */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://github.com/org/diplomacy/schema/article.json",
    title: "Article",
    ...z.toJSONSchema(ArticleSchema, { target: "draft-2020-12", io: "output", unrepresentable: "any" }),
  };
}
