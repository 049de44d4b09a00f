import type { z } from "zod";
import type { CommandSpec } from "./args.js";
import type { RunContext } from "./context.js";

/** A command: its spec (flags, schema, help) and what it does with validated flags. Returns the exit code. */
export interface Command<S extends z.ZodType = z.ZodType> {
  spec: CommandSpec<S>;
  run(flags: z.infer<S>, positionals: string[], ctx: RunContext): Promise<number>;
}

/** Ties a spec to its implementation, keeping the flag types. */
export function defineCommand<S extends z.ZodType>(command: Command<S>): Command<S> {
  return command;
}
