// The interactive API reference at /docs: one self-contained page (no CDN, works offline) that reads the
// OpenAPI document and lets the reader send requests from the browser.

const STYLE = `
:root { color-scheme: light dark; --border: #8884; --muted: #888; --get: #2b7a4b; --post: #1f5fa8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 16rem 1fr; min-height: 100vh; }
nav { border-right: 1px solid var(--border); padding: 1rem; position: sticky; top: 0; height: 100vh; overflow: auto; }
nav a { display: block; color: inherit; text-decoration: none; padding: .15rem 0; font-size: .9rem; }
nav h2 { font-size: .8rem; text-transform: uppercase; color: var(--muted); margin: 1rem 0 .25rem; }
main { padding: 1rem 2rem 4rem; max-width: 70rem; }
header p { color: var(--muted); }
section.op { border: 1px solid var(--border); border-radius: 8px; margin: 1rem 0; padding: .75rem 1rem; }
.method { font: 600 .8rem ui-monospace, monospace; color: #fff; border-radius: 4px; padding: .1rem .45rem; margin-right: .5rem; }
.get { background: var(--get); } .post { background: var(--post); }
code, pre, textarea, input { font-family: ui-monospace, monospace; font-size: .85rem; }
pre { background: #8881; padding: .75rem; border-radius: 6px; overflow: auto; max-height: 28rem; }
label { display: grid; grid-template-columns: 10rem 1fr; gap: .5rem; align-items: center; margin: .25rem 0; }
label small { color: var(--muted); }
input, textarea, select { width: 100%; padding: .3rem .4rem; border: 1px solid var(--border); border-radius: 4px; background: transparent; color: inherit; }
textarea { min-height: 8rem; }
button { margin-top: .5rem; padding: .35rem .9rem; border-radius: 4px; border: 1px solid var(--border); cursor: pointer; }
.status { font-weight: 600; margin-top: .5rem; }
details summary { cursor: pointer; color: var(--muted); }
`;

const SCRIPT = `
const specUrl = document.body.dataset.spec;
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  return node;
};
const rich = (text) => {
  const span = document.createElement("span");
  String(text ?? "").split("\`").forEach((part, i) => span.append(i % 2 ? el("code", {}, part) : document.createTextNode(part)));
  return span;
};
const resolveRef = (spec, schema) => {
  let s = schema;
  for (let i = 0; s && s.$ref && i < 20; i++) s = s.$ref.split("/").slice(1).reduce((o, k) => o?.[k], spec);
  return s;
};
const skeleton = (spec, schema, depth = 0) => {
  const s = resolveRef(spec, schema);
  if (!s || depth > 4) return null;
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  const variants = s.anyOf || s.oneOf;
  if (variants) return skeleton(spec, variants.find((v) => v.type !== "null") ?? variants[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (s.enum) return s.enum[0];
  if (type === "object") {
    const out = {};
    for (const key of s.required ?? []) out[key] = skeleton(spec, s.properties?.[key], depth + 1);
    return out;
  }
  if (type === "array") return [];
  if (type === "string") return "";
  if (type === "number" || type === "integer") return 0;
  if (type === "boolean") return false;
  return null;
};
const renderOperation = (spec, path, method, op) => {
  const id = (method + path).replace(/[^a-z0-9]+/gi, "-");
  const params = (op.parameters ?? []).map((p) => resolveRef(spec, p));
  const inputs = params.map((p) => {
    const input = el("input", { name: p.name, placeholder: p.schema?.enum ? p.schema.enum.join(" | ") : (p.schema?.type ?? "") });
    return { p, input, row: el("label", {}, el("span", {}, p.name, p.required ? " *" : "", el("br"), el("small", {}, p.in)), input) };
  });
  const jsonBody = op.requestBody?.content?.["application/json"];
  const body = jsonBody ? el("textarea", { spellcheck: "false" }) : null;
  if (body) body.value = JSON.stringify(skeleton(spec, jsonBody.schema), null, 2);
  const status = el("div", { class: "status" });
  const output = el("pre", { hidden: "" });
  const send = async () => {
    let url = path;
    const query = new URLSearchParams();
    for (const { p, input } of inputs) {
      if (!input.value) continue;
      if (p.in === "path") url = url.replace("{" + p.name + "}", encodeURIComponent(input.value));
      else if (p.in === "query") query.set(p.name, input.value);
    }
    const headers = {};
    const key = document.getElementById("api-key").value.trim();
    if (key) headers.authorization = "Bearer " + key;
    if (body) headers["content-type"] = "application/json";
    status.textContent = "…";
    try {
      const started = performance.now();
      const res = await fetch(url + (query.size ? "?" + query : ""), { method: method.toUpperCase(), headers, body: body ? body.value : undefined });
      const text = await res.text();
      let shown = text;
      try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch {}
      status.textContent = res.status + " " + res.statusText + " · " + Math.round(performance.now() - started) + " ms";
      output.textContent = shown;
      output.hidden = false;
    } catch (error) {
      status.textContent = "Request failed: " + error.message;
    }
  };
  const responses = Object.entries(op.responses ?? {}).map(([code, r]) => el("li", {}, el("code", {}, code), " ", r.description ?? ""));
  return el("section", { class: "op", id },
    el("h3", {}, el("span", { class: "method " + method }, method.toUpperCase()), el("code", {}, path)),
    el("p", {}, op.summary ?? ""),
    op.description ? el("p", {}, rich(op.description)) : "",
    op.security ? el("p", {}, el("small", {}, "Needs an API key (set it above).")) : "",
    ...inputs.map((i) => i.row),
    body ? el("label", {}, el("span", {}, "JSON body"), body) : "",
    el("button", { type: "button", onclick: send }, "Send request"),
    status, output,
    el("details", {}, el("summary", {}, "Responses"), el("ul", {}, ...responses)),
  );
};
(async () => {
  const main = document.querySelector("main");
  const nav = document.querySelector("nav");
  let spec;
  try { spec = await (await fetch(specUrl)).json(); } catch (error) { main.append(el("p", {}, "Could not load " + specUrl + ": " + error.message)); return; }
  document.title = spec.info.title + " · docs";
  main.append(el("header", {}, el("h1", {}, spec.info.title, " ", el("small", {}, spec.info.version)), el("p", {}, rich(spec.info.description)),
    el("label", {}, el("span", {}, "API key"), el("input", { id: "api-key", type: "password", placeholder: "for POST /v1/articles", autocomplete: "off" })),
    el("p", {}, el("a", { href: specUrl }, "OpenAPI document (JSON)"))));
  const byTag = new Map();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const tag = op.tags?.[0] ?? "other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push([path, method, op]);
    }
  }
  for (const [tag, ops] of byTag) {
    nav.append(el("h2", {}, tag));
    main.append(el("h2", {}, tag));
    for (const [path, method, op] of ops) {
      const section = renderOperation(spec, path, method, op);
      nav.append(el("a", { href: "#" + section.id }, method.toUpperCase() + " " + path));
      main.append(section);
    }
  }
  const schemas = spec.components?.schemas ?? {};
  nav.append(el("h2", {}, "schemas"));
  main.append(el("h2", { id: "schemas" }, "Schemas"));
  for (const [name, schema] of Object.entries(schemas)) {
    nav.append(el("a", { href: "#schema-" + name }, name));
    main.append(el("details", { id: "schema-" + name }, el("summary", {}, name), el("pre", {}, JSON.stringify(schema, null, 2))));
  }
})();
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The HTML of the interactive docs page for the OpenAPI document at `specUrl`. Self-contained: inline CSS and
 * script, nothing fetched but the document and the requests the reader sends.
 *
 * @example
 * app.get("/docs", (c) => c.html(renderDocsPage({ specUrl: "/openapi.json", title: "Diplomacy API" })));
 */
export function renderDocsPage(options: { specUrl: string; title: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} · docs</title>
<style>${STYLE}</style>
</head>
<body data-spec="${escapeHtml(options.specUrl)}">
<nav aria-label="Operations"></nav>
<main><noscript>This page needs JavaScript; the raw document is at <a href="${escapeHtml(options.specUrl)}">${escapeHtml(options.specUrl)}</a>.</noscript></main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
