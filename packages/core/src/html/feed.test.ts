import { describe, expect, it } from "vitest";
import { looksLikeHtml, parseFeed, readFeed } from "./feed.js";

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Steppe Wire</title><link>https://steppe.example/</link>
  <image><title>Steppe Wire logo</title><url>https://steppe.example/logo.png</url></image>
  <item>
    <title>Foreign ministers meet in Astana</title>
    <link>https://steppe.example/2023/08/30/ministers-meet</link>
    <pubDate>Wed, 30 Aug 2023 09:15:00 +0600</pubDate>
    <dc:creator>Aruzhan Sadykova</dc:creator>
    <description>A short teaser &amp; nothing more</description>
    <content:encoded><![CDATA[<p>The foreign ministers of Kazakhstan and Mongolia met in Astana on Wednesday.</p><p>They discussed transit corridors &amp; grain exports.</p>]]></content:encoded>
  </item>
  <item>
    <title>Rail link talks continue</title>
    <link>https://steppe.example/rail</link>
    <pubDate>Thu, 31 Aug 2023 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;Negotiators from both countries met again in Ulaanbaatar on Thursday.&lt;/p&gt;</description>
  </item>
</channel></rss>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://baltic.example/"><title>Baltic Notes</title><link>https://baltic.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://baltic.example/1"/></rdf:Seq></items></channel>
  <item rdf:about="https://baltic.example/1">
    <title>Estonia and Finland sign ferry accord</title>
    <link>https://baltic.example/1</link>
    <dc:date>2022-05-03T10:00:00+03:00</dc:date>
    <dc:creator>Kaisa Mets</dc:creator>
    <description>The governments of Estonia and Finland signed an accord on ferry services in Tallinn on Tuesday.</description>
  </item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Andes Dispatch</title><link href="https://andes.example/"/>
  <entry>
    <title type="html">Peru &amp;amp; Chile renew fisheries pact</title>
    <link rel="alternate" href="https://andes.example/fisheries"/>
    <link rel="enclosure" href="https://andes.example/photo.jpg"/>
    <published>2021-11-02T08:00:00-05:00</published>
    <updated>2021-11-05T12:00:00-05:00</updated>
    <author><name>Lucía Paredes</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The foreign ministers of Peru and Chile renewed their fisheries pact in Lima on Tuesday.</p><p>The pact runs for five more years.</p></div></content>
  </entry>
  <entry>
    <title>Bolivia hosts water summit</title>
    <link href="https://andes.example/water"/>
    <updated>2021-11-06T09:00:00Z</updated>
    <summary>Delegations from five countries met in La Paz to discuss shared rivers.</summary>
  </entry>
</feed>`;

describe("readFeed", () => {
  it("reads RSS 2.0 items with content:encoded, creator and RFC 822 dates", () => {
    const feed = readFeed(RSS2);
    expect(feed.success).toBe(true);
    if (!feed.success) return;
    expect(feed.data.format).toBe("rss");
    expect(feed.data.title).toBe("Steppe Wire");
    expect(feed.data.items).toHaveLength(2);
    expect(feed.data.items[0]).toMatchObject({
      title: "Foreign ministers meet in Astana",
      link: "https://steppe.example/2023/08/30/ministers-meet",
      publishedAt: "2023-08-30T09:15:00+06:00",
      author: "Aruzhan Sadykova",
      contentIsHtml: true,
    });
    expect(feed.data.items[0]?.content).toContain("<p>They discussed transit corridors &amp; grain exports.</p>");
    expect(feed.data.items[1]).toMatchObject({ publishedAt: "2023-08-31T10:00:00Z", contentIsHtml: true });
  });

  it("reads RSS 1.0 (RDF) items with dc:date", () => {
    const feed = readFeed(RDF);
    expect(feed.success && feed.data.format).toBe("rdf");
    expect(feed.success && feed.data.items[0]).toMatchObject({
      title: "Estonia and Finland sign ferry accord",
      publishedAt: "2022-05-03T10:00:00+03:00",
      author: "Kaisa Mets",
      contentIsHtml: false,
    });
  });

  it("reads Atom entries: alternate link, published before updated, author name, xhtml content", () => {
    const feed = readFeed(ATOM);
    expect(feed.success).toBe(true);
    if (!feed.success) return;
    expect(feed.data.format).toBe("atom");
    expect(feed.data.items[0]).toMatchObject({
      title: "Peru & Chile renew fisheries pact",
      link: "https://andes.example/fisheries",
      publishedAt: "2021-11-02T08:00:00-05:00",
      author: "Lucía Paredes",
      contentIsHtml: true,
    });
    expect(feed.data.items[0]?.content).toContain("<p>The pact runs for five more years.</p>");
    expect(feed.data.items[1]).toMatchObject({
      link: "https://andes.example/water",
      publishedAt: "2021-11-06T09:00:00Z",
    });
  });

  it("refuses a billion-laughs feed at once, without expanding anything", () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lol}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`;
    const started = performance.now();
    const feed = readFeed(bomb);
    expect(performance.now() - started).toBeLessThan(200);
    expect(feed.success).toBe(false);
    if (!feed.success) expect(feed.error.code).toBe("FEED_ENTITY_FORBIDDEN");
  });

  it("never expands an external entity or fetches a DOCTYPE", () => {
    const feed = readFeed(
      '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd"><rss><channel><item><title>Safe &unknown; title</title></item></channel></rss>',
    );
    expect(feed.success && feed.data.items[0]?.title).toBe("Safe &unknown; title");
  });

  it("fails with FEED_INVALID on malformed XML and on XML that is not a feed", () => {
    const broken = readFeed("<rss><channel><item><title>Unclosed</item></channel></rss>");
    expect(!broken.success && broken.error.code).toBe("FEED_INVALID");
    const notFeed = readFeed("<html><body><p>page</p></body></html>");
    expect(!notFeed.success && notFeed.error.code).toBe("FEED_INVALID");
  });

  it("fails with FEED_EMPTY when a feed has no items", () => {
    const empty = readFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>');
    expect(!empty.success && empty.error.code).toBe("FEED_EMPTY");
  });

  it("decodes a feed given as bytes in its declared encoding", () => {
    const head = new TextEncoder().encode(
      '<?xml version="1.0" encoding="windows-1252"?><rss><channel><item><title>Caf',
    );
    const tail = new TextEncoder().encode(" diplomacy</title></item></channel></rss>");
    const feed = readFeed(new Uint8Array([...head, 0xe9, ...tail]));
    expect(feed.success && feed.data.items[0]?.title).toBe("Café diplomacy");
  });
});

describe("parseFeed", () => {
  it("gives one record per RSS item with the item's date, link and the feed as source", () => {
    const results = parseFeed(RSS2);
    expect(results).toHaveLength(2);
    const [first, second] = results;
    expect(first?.success && first.data).toMatchObject({
      headline: "Foreign ministers meet in Astana",
      url: "https://steppe.example/2023/08/30/ministers-meet",
      source: "Steppe Wire",
      body: [
        "The foreign ministers of Kazakhstan and Mongolia met in Astana on Wednesday.",
        "They discussed transit corridors & grain exports.",
      ],
    });
    expect(first?.success && first.data.publishedAt?.slice(0, 10)).toBe("2023-08-30");
    expect(second?.success && second.data.body).toEqual([
      "Negotiators from both countries met again in Ulaanbaatar on Thursday.",
    ]);
  });

  it("gives one record per Atom entry", () => {
    const results = parseFeed(ATOM);
    expect(results.map((r) => r.success && r.data.headline)).toEqual([
      "Peru & Chile renew fisheries pact",
      "Bolivia hosts water summit",
    ]);
    expect(results[0]?.success && results[0].data.publishedAt?.slice(0, 10)).toBe("2021-11-02");
  });

  it("returns the feed-level error as a single failed result", () => {
    const results = parseFeed("<rss><channel></channel></rss>");
    expect(results).toHaveLength(1);
    expect(results[0]?.success === false && results[0].error.code).toBe("FEED_EMPTY");
  });
});

describe("looksLikeHtml", () => {
  it("tells markup from plain text", () => {
    expect(looksLikeHtml("<p>Hello</p>")).toBe(true);
    expect(looksLikeHtml("Prices rose 5% <and> fell")).toBe(false);
  });
});
