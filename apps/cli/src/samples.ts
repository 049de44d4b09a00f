import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The folder of bundled sample articles, next to the built bin (`<package>/samples`), or null when missing.
 *
 * @example
 * findSamplesDir(); // "/…/node_modules/@org/diplomacy-cli/samples"
 */
export function findSamplesDir(): string | null {
  const dir = fileURLToPath(new URL("../samples", import.meta.url));
  return existsSync(dir) ? dir : null;
}
