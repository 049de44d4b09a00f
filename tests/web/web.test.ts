import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, HTML_PAGE, PASTED_ARTICLE, generateMeetingReports } from "./fixtures/articles.js";
import { type Stack, startStack } from "./harness.js";

interface ApiPage<T> {
  items: T[];
  nextCursor: string | null;
}
interface ApiEvent {
  id: string;
  type: string;
  countries: string[];
  participants: { id: string; name: string }[];
}
interface ApiActor {
  id: string;
  name: string;
  eventCount: number;
}

let stack: Stack;
let page: Page;
let shots: string;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${stack.server.url}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** Opens `hash` on a fresh page load, so no state carries over from the previous test. */
async function go(hash: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${stack.server.url}/${hash}`);
}

async function waitForText(selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    ([sel, text]) => document.querySelector(sel!)?.textContent === text,
    [selector, expected] as const,
    { timeout: 15_000 },
  );
}

describe("the web UI in Chromium, served by the real API", () => {
  beforeAll(async () => {
    stack = await startStack([...ARTICLES, ...generateMeetingReports(26)]);
    shots = process.env.WEB_SCREENSHOT_DIR ?? join(stack.dir, "screenshots");
    mkdirSync(shots, { recursive: true });
    page = stack.context.pages()[0] ?? (await stack.context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(stack.server.url) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it("serves the UI at / with its own assets only", async () => {
    const response = await page.goto(`${stack.server.url}/`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/diplomacy/);
    await page.getByRole("heading", { name: "Article", exact: true }).waitFor();
  });

  it("annotates a pasted article: highlights, cards, and a click on a highlight selects its card", async () => {
    await go("#/annotate");
    await page.getByLabel(/Paste the text/).fill(PASTED_ARTICLE);
    await page.locator("mark.hl").first().waitFor();
    await expect(page.locator(".record-headline").textContent()).resolves.toBe(
      "Uzbekistan, Brazil agree to deepen agricultural cooperation",
    );
    expect(await page.locator(".card").count()).toBeGreaterThan(3);
    const cardKinds = await page.locator(".card").evaluateAll((cards) => cards.map((c) => c.className));
    for (const kind of ["k-event", "k-country", "k-quote"]) expect(cardKinds.join(" ")).toContain(kind);

    const highlight = page.locator("mark.hl.k-country").first();
    const highlightKeys = (await highlight.getAttribute("data-keys"))!.split(" ");
    await highlight.click();
    const selected = page.locator(".card.is-selected");
    await selected.waitFor();
    const selectedKey = (await selected.getAttribute("data-key"))!;
    expect(highlightKeys).toContain(selectedKey);
    expect(selectedKey).toMatch(/^country:/);
    await expect(selected.locator(".card-title").getAttribute("aria-pressed")).resolves.toBe("true");

    const eventCard = page.locator(".card.k-event").first();
    const eventKey = (await eventCard.getAttribute("data-key"))!;
    await eventCard.hover();
    const lit = page.locator(`mark[data-keys="${eventKey}"]`).first();
    await expect(lit.evaluate((el) => getComputedStyle(el).backgroundImage)).resolves.toContain("gradient");
    await page.locator(".record-headline").hover();
    await expect(lit.evaluate((el) => getComputedStyle(el).backgroundImage)).resolves.toBe("none");

    const actorCard = page.locator(".card.k-actor").first();
    await actorCard.locator(".card-title").focus();
    await page.keyboard.press("Enter");
    await expect(actorCard.getAttribute("class")).resolves.toContain("is-selected");
    const actorKey = (await actorCard.getAttribute("data-key"))!;
    const actorMark = page.locator(`mark[data-keys~="${actorKey}"]`).first();
    await expect(actorMark.evaluate((el) => getComputedStyle(el).backgroundImage)).resolves.toContain("gradient");

    const stepped = page
      .locator(".card")
      .filter({ has: page.locator(".stepper") })
      .first();
    await stepped.getByRole("button", { name: "Next mention" }).click();
    await expect(stepped.locator(".stepper").textContent()).resolves.toMatch(/mention 2 of \d+/);
    await expect(stepped.getAttribute("class")).resolves.toContain("is-selected");

    await expect(page.locator(".removed summary").textContent()).resolves.toMatch(/Removed boilerplate/);
    await page.screenshot({ path: join(shots, "annotate.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download JSON" }).click(),
    ]);
    const record = JSON.parse(readFileSync((await download.path())!, "utf8")) as { text: string; events: unknown[] };
    expect(record.text).toBe(PASTED_ARTICLE);
    expect(record.events.length).toBeGreaterThan(0);
  });

  it("reads an opened HTML file: the article's text and its page metadata, not the page furniture", async () => {
    await go("#/annotate");
    await page.locator('input[type="file"]').setInputFiles({
      name: "egypt-japan.html",
      mimeType: "text/html",
      buffer: Buffer.from(HTML_PAGE),
    });
    await waitForText(".record-headline", "Egypt, Japan hold talks on Nile water projects");
    await expect(page.getByLabel("Published (ISO date)").inputValue()).resolves.toBe("2025-10-14T08:30:00+02:00");
    const text = await page.getByTestId("annotated-text").textContent();
    expect(text).toContain("Japan will continue to support");
    expect(text).not.toContain("Home");
    expect(text).not.toContain("Copyright 2025 Delta Times");
    expect(await page.locator("mark.hl.k-country").count()).toBeGreaterThan(0);
  });

  it("reports a text the core rejects with its error code", async () => {
    await go("#/annotate");
    await page.getByLabel(/Paste the text/).fill("   \n  ");
    await page.getByText("Paste an article above").waitFor();
    await page.getByLabel(/Paste the text/).fill("\u0000\u0001\u0002binary");
    await page.getByRole("alert").filter({ hasText: "TEXT_BINARY" }).waitFor();
  });

  it("opens a stored article by id, with its stored record highlighted", async () => {
    await go("#/annotate");
    await page.getByLabel("Or open a stored article").fill(stack.ids[0]!);
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.getByText("Showing the stored record").waitFor();
    await expect(page.locator(".record-headline").textContent()).resolves.toBe(
      "Kazakhstan, Vietnam pledge closer trade ties as foreign ministers meet in Astana",
    );
    expect(await page.locator("mark.hl").count()).toBeGreaterThan(0);
  });

  it("opens a stored article by its own URL", async () => {
    await go("#/annotate");
    await page.getByLabel("Or open a stored article").fill(ARTICLES[0]!.url!);
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.waitForFunction((id) => location.hash.includes(`article=${id}`), stack.ids[0]!);
    await page.getByText("Showing the stored record").waitFor();
  });

  it("goes from an event in the explorer to its article, with the event's card selected", async () => {
    await go("#/explore/events");
    const link = page.locator(".events-table tbody tr").first().locator(".evidence a").first();
    await link.click();
    await page.getByText("Showing the stored record").waitFor();
    const selected = page.locator(".card.is-selected");
    await selected.waitFor();
    await expect(selected.getAttribute("data-key")).resolves.toMatch(/^event:/);
    expect(await page.locator("mark.hl.k-event").count()).toBeGreaterThan(0);
  });

  it("lists the stored events with cursor pagination and filters them", async () => {
    const firstPage = await api<ApiPage<ApiEvent>>("/v1/events?limit=25");
    expect(firstPage.nextCursor, "the fixtures should yield more than one page of events").not.toBeNull();
    await go("#/explore/events");
    const rows = page.locator(".events-table tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(25);
    const firstIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-event-id")));
    expect(firstIds).toEqual(firstPage.items.map((e) => e.id));

    await page.getByRole("button", { name: "Next →" }).click();
    await page.getByText("Page 2").waitFor();
    const secondPage = await api<ApiPage<ApiEvent>>(
      `/v1/events?limit=25&cursor=${encodeURIComponent(firstPage.nextCursor!)}`,
    );
    await page.waitForFunction(
      (id) => document.querySelector(".events-table tbody tr")?.getAttribute("data-event-id") === id,
      secondPage.items[0]!.id,
    );
    const secondIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-event-id")));
    expect(secondIds).toEqual(secondPage.items.map((e) => e.id));
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    await page.getByRole("button", { name: "← Previous" }).click();
    await page.getByText("Page 1").waitFor();

    const expected = await api<ApiPage<ApiEvent>>("/v1/events?country=NO&type=meeting&limit=500");
    expect(expected.items.length).toBeGreaterThan(0);
    await page.getByLabel("Country", { exact: true }).fill("no");
    await page.getByLabel("Type", { exact: true }).selectOption("meeting");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForFunction(() => location.hash.includes("country=NO"));
    await page.waitForFunction(
      (ids) =>
        [...document.querySelectorAll(".events-table tbody tr")]
          .map((tr) => tr.getAttribute("data-event-id"))
          .join() === ids,
      expected.items
        .slice(0, 25)
        .map((e) => e.id)
        .join(),
    );
    const filteredIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-event-id")));
    expect(filteredIds).toEqual(expected.items.slice(0, 25).map((e) => e.id));
  });

  it("draws the timeline by month and the relations graph, and a month click filters to it", async () => {
    const all = await api<ApiPage<ApiEvent>>("/v1/events?limit=500");
    const linked = new Set(all.items.filter((e) => e.countries.length > 1).flatMap((e) => e.countries));
    await go("#/explore/events");
    await page.locator("svg.timeline-svg").waitFor();
    expect(await page.locator("svg.timeline-svg g.bar").count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator("svg.timeline-svg g.bar rect[fill]").count()).toBeGreaterThan(0);
    const nodes = await page
      .locator("svg.graph-svg a.node")
      .evaluateAll((as) => as.map((a) => a.getAttribute("data-node")));
    expect(new Set(nodes)).toEqual(linked);
    expect(await page.locator("svg.graph-svg line[data-edge]").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, "explore.png"), fullPage: true });

    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const csvLines = readFileSync((await csvDownload.path())!, "utf8").split("\r\n");
    expect(csvLines[0]).toMatch(/^date,dateText,type,cameo,plover,goldstein,countries,/);
    expect(csvLines.filter(Boolean)).toHaveLength(all.items.length + 1);

    const busiestBar = page
      .locator("svg.timeline-svg g.bar")
      .filter({ has: page.locator("rect[fill]") })
      .first();
    const month = (await busiestBar.getAttribute("data-month"))!;
    const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    await busiestBar.click();
    await page.waitForFunction(
      ([from, to]) => location.hash.includes(`from=${from}`) && location.hash.includes(`to=${to}`),
      [`${month}-01`, lastDay] as const,
    );
    const inMonth = await api<ApiPage<ApiEvent>>(`/v1/events?from=${month}-01&to=${lastDay}&limit=500`);
    expect(inMonth.items.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => document.querySelectorAll(".events-table tbody tr").length === n,
      Math.min(25, inMonth.items.length),
    );
  });

  it("opens an actor page with their events and quotes from the events list", async () => {
    const actors = await api<ApiPage<ApiActor>>("/v1/actors?limit=500");
    const busiest = [...actors.items].sort((a, b) => b.eventCount - a.eventCount)[0];
    expect(busiest, "the fixtures should yield stored actors").toBeDefined();
    await go(`#/explore/events?actor=${encodeURIComponent(busiest!.id)}`);
    await page
      .locator(`.events-table a[href="#/actors/${encodeURIComponent(busiest!.id)}"]`)
      .first()
      .click();
    await page.getByRole("heading", { name: busiest!.name, level: 2 }).waitFor();
    const rows = page.locator(".events-table tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(busiest!.eventCount, 100));
    await page.screenshot({ path: join(shots, "actor.png"), fullPage: true });
  });

  it("shows a country's relations from GET /v1/countries/{code}/relations", async () => {
    const relations = await api<{ items: { counterpart: string }[] }>("/v1/countries/NO/relations");
    expect(relations.items.length).toBeGreaterThan(0);
    await go("#/countries/NO");
    await page.getByRole("heading", { name: "Norway", level: 2 }).waitFor();
    const counterparts = await page
      .locator(".relations-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-counterpart")));
    expect(counterparts).toEqual(relations.items.map((r) => r.counterpart));
    const nodes = await page
      .locator("svg.graph-svg a.node")
      .evaluateAll((as) => as.map((a) => a.getAttribute("data-node")));
    expect(nodes[0]).toBe("NO");
    expect(new Set(nodes.slice(1))).toEqual(new Set(relations.items.map((r) => r.counterpart)));
    await page.screenshot({ path: join(shots, "country.png"), fullPage: true });
  });

  it("says so when an id is unknown", async () => {
    await go("#/actors/nobody-at-all");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("NOT_FOUND");
  });

  it("raised no script errors and fetched nothing from outside the server", () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
