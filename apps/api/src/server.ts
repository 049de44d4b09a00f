#!/usr/bin/env node
import { serve } from "@hono/node-server";
import { createApp } from "./index.js";

const port = Number(process.env.PORT ?? 8787);
serve({ fetch: createApp().fetch, port, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`diplomacy API listening on http://127.0.0.1:${info.port}\n`);
});
