#!/usr/bin/env node
import { runCli } from "./cli.js";
import { createStopSignal } from "./context.js";
import { readEnv } from "./env.js";
import { EXIT } from "./errors.js";

const stop = createStopSignal();
process.on("SIGTERM", () => stop.stop());
process.on("SIGINT", () => {
  if (stop.stopped) process.exit(EXIT.interrupted);
  stop.stop();
  if (process.stderr.isTTY) process.stderr.write("\nstopping after the inputs in flight (Ctrl-C again to quit now)\n");
});
// The reader went away (`| head`): stop like Ctrl-C, but that is a normal end, not an interruption.
let readerGone = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  readerGone = true;
  stop.stop();
});

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: readEnv() };
runCli(process.argv.slice(2), { io, stop }).then(
  (code) => {
    process.exitCode = readerGone && code === EXIT.interrupted ? EXIT.ok : code;
  },
  (error: unknown) => {
    process.stderr.write(
      `diplomacy: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
