import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Validates responses against the server's own OpenAPI 3.1 document (JSON Schema 2020-12 dialect).

export interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components?: { schemas?: Record<string, unknown> };
}

const pointer = (...segments: string[]) =>
  segments.map((s) => encodeURIComponent(s.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/");

/** The documented path template a concrete path matches, e.g. "/v1/events/{id}" for "/v1/events/abc-e1". */
export function matchTemplate(document: OpenApiDocument, path: string): string | null {
  for (const template of Object.keys(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(path)) return template;
  }
  return null;
}

export function createResponseValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "https://diplomacy.test/openapi.json", ...document });
  return {
    /** Errors of `body` against the schema documented for this method, path and status; throws when undocumented. */
    validate(method: string, path: string, status: number, body: unknown): string[] {
      const template = matchTemplate(document, path);
      if (!template) throw new Error(`${path} is not in the OpenAPI document`);
      const operation = document.paths[template]?.[method.toLowerCase()];
      if (!operation) throw new Error(`${method} ${template} is not in the OpenAPI document`);
      const response = operation.responses[String(status)];
      if (!response) throw new Error(`${method} ${template} does not document status ${status}`);
      if (!response.content?.["application/json"])
        throw new Error(`${method} ${template} ${status} has no JSON schema`);
      const ref = `https://diplomacy.test/openapi.json#/${pointer("paths", template, method.toLowerCase(), "responses", String(status), "content", "application/json", "schema")}`;
      const validateFn = ajv.getSchema(ref);
      if (!validateFn) throw new Error(`no schema at ${ref}`);
      return validateFn(body) ? [] : (validateFn.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
    /** Every documented `METHOD template status`, to compare with what the suite exercised. */
    documented(): string[] {
      return Object.entries(document.paths).flatMap(([template, operations]) =>
        Object.entries(operations).flatMap(([method, operation]) =>
          Object.keys(operation.responses).map((status) => `${method.toUpperCase()} ${template} ${status}`),
        ),
      );
    },
  };
}
