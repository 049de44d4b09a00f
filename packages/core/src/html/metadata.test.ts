import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readMetadata, stripSiteName } from "./metadata.js";

const read = (html: string, url?: string) => readMetadata(parseHTML(html).document as never, url ?? null);

describe("readMetadata", () => {
  it("reads headline, date, author and publisher from a JSON-LD @graph", () => {
    const meta = read(`<html lang="en"><head><title>Envoys meet in Geneva - The Lakeside Post</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"The Lakeside Post"},
        {"@type":"NewsArticle","headline":"Envoys meet in Geneva","datePublished":"2023-08-30T08:10:00+02:00",
         "dateModified":"2023-09-02T10:00:00+02:00","author":[{"@type":"Person","name":"Mara Lind"}],
         "publisher":{"@type":"Organization","name":"The Lakeside Post"}}]}</script></head>
      <body><p>Text.</p></body></html>`);
    expect(meta).toMatchObject({
      headline: "Envoys meet in Geneva",
      publishedAt: "2023-08-30T08:10:00+02:00",
      author: "Mara Lind",
      siteName: "The Lakeside Post",
      language: "en",
    });
  });

  it("picks the JSON-LD article whose URL is the page's own when several are listed", () => {
    const meta = read(`<head><link rel="canonical" href="https://www.post.example/b">
      <script type="application/ld+json">[
        {"@type":"NewsArticle","url":"https://post.example/a","headline":"Teaser story","datePublished":"2020-01-01"},
        {"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://post.example/b/"},"headline":"Main story","datePublished":"2020-02-02"}
      ]</script></head><body></body>`);
    expect(meta).toMatchObject({ headline: "Main story", publishedAt: "2020-02-02" });
  });

  it("survives malformed JSON-LD and falls back to Open Graph", () => {
    const meta = read(`<head><script type="application/ld+json">{ "@type": "NewsArticle", broken</script>
      <meta property="og:title" content="Ministers sign grain deal">
      <meta property="og:site_name" content="Harbour Times">
      <meta property="article:published_time" content="2022-05-03T10:00:00Z"></head><body></body>`);
    expect(meta.headline).toBe("Ministers sign grain deal");
    expect(meta.publishedAt).toBe("2022-05-03T10:00:00Z");
  });

  it("prefers the original publication over the update", () => {
    const meta = read(`<head><meta property="article:modified_time" content="2023-09-05T10:00:00Z">
      <meta property="article:published_time" content="2023-09-01T10:00:00Z"></head>
      <body><time class="updated" datetime="2023-09-05">5 Sep</time></body>`);
    expect(meta.publishedAt).toBe("2023-09-01T10:00:00Z");
  });

  it("takes the headline from an <h1> that the title confirms, without the site name or a kicker", () => {
    const meta = read(`<head><title>Climate: Drilling on regardless | Weekly Review</title>
      <meta property="og:title" content="Climate: Drilling on regardless"></head>
      <body><h1><span class="article-kicker">Climate</span><span class="visually-hidden">: </span>
      <span class="article-title">Drilling on regardless</span></h1></body>`);
    expect(meta.headline).toBe("Drilling on regardless");
  });

  it("skips a site-name <h1> and takes a blog's post title that a title segment confirms", () => {
    const meta = read(`<head><title>Fieldnotes – Notes from the border crossing</title>
      <meta property="og:site_name" content="Fieldnotes"></head>
      <body><header><h1 class="site-title">Fieldnotes</h1></header>
      <article><h2 class="entry-title">Notes from the border crossing</h2><p>Text.</p></article></body>`);
    expect(meta.headline).toBe("Notes from the border crossing");
  });

  it("strips the site name from <title> when nothing better exists", () => {
    expect(read("<head><title>Border talks stall again | Northern Ledger</title></head><body></body>").headline).toBe(
      "Border talks stall again",
    );
  });

  it("reads <time datetime>, itemprop and the URL when no meta tag dates the page", () => {
    expect(
      read('<body><article><time datetime="2021-03-04T12:00:00Z">4 March</time></article></body>').publishedAt,
    ).toBe("2021-03-04T12:00:00Z");
    expect(
      read('<body><abbr itemprop="datePublished" title="2018-06-05T08:00:00-07:00">08:00</abbr></body>').publishedAt,
    ).toBe("2018-06-05T08:00:00-07:00");
    expect(read("<body><p>No dates here at all.</p></body>", "https://x.example/2020/01/15/story").publishedAt).toBe(
      "2020-01-15",
    );
  });

  it("reads a visible date line next to the headline", () => {
    const meta = read(`<body><nav><p>Archive 01.01.2019</p></nav><h1>Harbour reopens</h1>
      <p class="info">Stand: 02.02.2022, 14:05 Uhr</p><p>The harbour reopened on 28.01.2022 after repairs.</p></body>`);
    expect(meta.publishedAt).toBe("2022-02-02");
  });

  it("returns nulls for a page that says nothing about itself", () => {
    expect(read("<body><p>hello</p></body>")).toMatchObject({ headline: null, publishedAt: null, author: null });
  });

  it("uses the canonical URL when the caller gives none", () => {
    expect(read('<head><link rel="canonical" href="https://x.example/a"></head><body></body>').url).toBe(
      "https://x.example/a",
    );
  });
});

describe("stripSiteName", () => {
  it("removes a known site name at either end", () => {
    expect(stripSiteName("Talks resume - Daily News", "Daily News")).toBe("Talks resume");
    expect(stripSiteName("Daily News | Talks resume in Vienna", "Daily News")).toBe("Talks resume in Vienna");
    expect(stripSiteName("Talks resume — dailynews.example", null)).toBe("Talks resume");
  });

  it("keeps a dash that belongs to the headline", () => {
    expect(stripSiteName("Minister - who resigned - speaks out", null)).toBe("Minister - who resigned - speaks out");
  });
});
