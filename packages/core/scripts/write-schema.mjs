// Writes the record's JSON Schema next to the build so it ships as `@org/diplomacy-core/schema.json`.
import { writeFileSync } from "node:fs";
import { articleJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../dist/schema.json", import.meta.url), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
