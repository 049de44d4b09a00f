import { startServer } from "@org/diplomacy-api";
import { z } from "zod";
import { defineCommand } from "../command.js";
import { readApiKeys } from "../env.js";
import { EXIT } from "../errors.js";
import { DB_FLAG, QUIET_FLAG } from "../flags.js";
import { writeChunk } from "../output/write.js";
import { findSamplesDir } from "../samples.js";
import { openCliStore, reportStoreError } from "../store.js";
import { SUMMARIES } from "../summaries.js";
import { describeIngest, ingestInputs } from "./ingest.js";

const ServeFlagsSchema = z.object({
  db: z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65_535).optional(),
  host: z.string().trim().min(1).default("127.0.0.1"),
  ingestSamples: z.boolean().default(false),
  quiet: z.boolean().default(false),
});

export const serveCommand = defineCommand({
  spec: {
    name: "serve",
    summary: SUMMARIES.serve,
    usage: "diplomacy serve [options]",
    description:
      "Serves the HTTP API (OpenAPI document at /openapi.json, docs at /docs) and the web UI on one address, local\n" +
      "by default. Write routes need a key from DIPLOMACY_API_KEYS (comma-separated). Stop with Ctrl-C.",
    positionals: false,
    flags: {
      db: DB_FLAG,
      port: {
        type: "string",
        short: "p",
        placeholder: "PORT",
        description: "Port (default $PORT, else 8787; 0 = any free).",
      },
      host: { type: "string", placeholder: "HOST", description: "Address to listen on (default 127.0.0.1)." },
      "ingest-samples": {
        type: "boolean",
        description: "First ingest the bundled sample articles into the database (idempotent).",
      },
      quiet: QUIET_FLAG,
    },
    schema: ServeFlagsSchema,
    examples: [
      "diplomacy serve --ingest-samples",
      "diplomacy serve --db corpus.db --port 3000",
      "DIPLOMACY_API_KEYS=s3cret diplomacy serve --db postgres://localhost/diplomacy --host 0.0.0.0",
    ],
  },
  async run(flags, _positionals, ctx) {
    const { io } = ctx;
    let opened: Awaited<ReturnType<typeof openCliStore>>;
    try {
      opened = await openCliStore(flags.db, ctx);
    } catch (error) {
      return reportStoreError("serve", error, ctx);
    }
    const { store, location } = opened;
    try {
      if (flags.ingestSamples) {
        const samples = findSamplesDir();
        if (!samples) {
          await writeChunk(io.stderr, "diplomacy serve: the bundled samples folder is missing from this install\n");
          return EXIT.someFailed;
        }
        const summary = await ingestInputs(
          store,
          location,
          [samples],
          { input: "auto", timeout: 60, failFast: false, quiet: true, batchSize: 200, format: "text", stats: false },
          ctx,
        );
        await writeChunk(io.stderr, `samples: ${describeIngest(summary)}\n`);
      }
      if (ctx.stop.stopped) return EXIT.interrupted;
      const server = await startServer({
        store,
        port: flags.port ?? io.env.PORT ?? 8787,
        host: flags.host,
        apiKeys: readApiKeys(io.env),
      });
      await writeChunk(io.stdout, `${server.url}\n`);
      if (!flags.quiet) {
        await writeChunk(io.stderr, `diplomacy: API and web UI at ${server.url} over ${location} (Ctrl-C to stop)\n`);
      }
      await new Promise<void>((resolve) => ctx.stop.onStop(resolve));
      await server.close();
      return EXIT.ok;
    } catch (error) {
      return reportStoreError("serve", error, ctx);
    } finally {
      await store.close();
    }
  },
});
