import { z } from "zod";
import { defineCommand } from "../command.js";
import { SUMMARIES } from "../summaries.js";
import { EXIT } from "../errors.js";

export const serveCommand = defineCommand({
  spec: {
    name: "serve",
    summary: SUMMARIES.serve,
    usage: "diplomacy serve [options]",
    positionals: false,
    flags: {},
    schema: z.object({}),
    examples: ["diplomacy serve"],
  },
  async run(_flags, _positionals, ctx) {
    ctx.io.stderr.write("diplomacy serve: not available yet\n");
    return EXIT.someFailed;
  },
});
