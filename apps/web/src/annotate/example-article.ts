/** An invented article to try the annotator with (no real event is reported). */
export const EXAMPLE_ARTICLE = `Kazakhstan, Vietnam pledge closer trade ties as foreign ministers meet in Astana

ASTANA, March 12, 2025 (Steppe News) -- Kazakh Foreign Minister Aidar Nurlanov held talks with Vietnamese Foreign Minister Tran Minh Quang in Astana on Tuesday, and the two sides agreed to expand cooperation in trade, energy and transport under the Belt and Road Initiative.

"Our countries are ready to open a new chapter in the comprehensive strategic partnership," Nurlanov said after the meeting.

Tran said Vietnam valued Kazakhstan's role in Central Asia and urged both governments to launch direct flights between Almaty and Hanoi before the end of the year.

The two ministers also signed a memorandum on customs cooperation. Tran will travel to Tashkent on Thursday for talks with Uzbek officials.

Share this article
Back To Top
Copyright 2025 Steppe News. All rights reserved.`;
