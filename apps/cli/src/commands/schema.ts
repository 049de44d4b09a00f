import { articleJsonSchema } from "@org/diplomacy-core";
import { z } from "zod";
import { defineCommand } from "../command.js";
import { SUMMARIES } from "../summaries.js";
import { EXIT } from "../errors.js";
import { writeChunk } from "../output/write.js";

export const schemaCommand = defineCommand({
  spec: {
    name: "schema",
    summary: SUMMARIES.schema,
    usage: "diplomacy schema [options]",
    positionals: false,
    flags: {},
    schema: z.object({}),
    examples: ["diplomacy schema > article.schema.json", "diplomacy schema | jq '.properties.events'"],
  },
  async run(_flags, _positionals, ctx) {
    await writeChunk(ctx.io.stdout, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
});
