import { describe, expect, it } from "vitest";
import { isByline } from "./byline.js";
import {
  agencyAtEnd,
  agencyAtStart,
  canonicalAgency,
  findParentheticalAgency,
  readCreditLine,
  sourceFromUrl,
} from "./source.js";

describe("isByline", () => {
  it("accepts bylines and credits", () => {
    for (const s of [
      "By Jane Roe",
      "by Ana de la Cruz and Tom Poe",
      "Author: Jean Dupont",
      "Reporting by Ann Lee; Editing by Tom Roe",
      "Press Trust of India Kelso",
      "by November 8, 2022",
    ]) {
      expect(isByline(s), s).toBe(true);
    }
  });

  it("refuses sentences that start like one", () => {
    for (const s of [
      "By contrast, the ministry said nothing.",
      "By Wednesday the talks had stalled",
      "Press freedom is at stake",
    ]) {
      expect(isByline(s), s).toBe(false);
    }
  });
});

describe("source helpers", () => {
  it("canonicalises agencies and reads credit lines", () => {
    expect(canonicalAgency("ITAR-TASS")).toBe("TASS");
    expect(canonicalAgency("Nobody Agency")).toBeNull();
    expect(readCreditLine("Source: REUTERS")).toBe("Reuters");
    expect(readCreditLine("Source: Ministry of Foreign Affairs of Freedonia")).toBe(
      "Ministry of Foreign Affairs of Freedonia",
    );
    expect(readCreditLine("Distributed by APO Group for the regional Commission.")).toBe("APO Group");
    expect(readCreditLine("The source said the talks would resume.")).toBeNull();
    expect(agencyAtStart("Press Trust of India Kelso")).toBe("Press Trust of India");
    expect(agencyAtStart("app users complain")).toBeNull();
    expect(agencyAtEnd("By Jane Roe, Reuters")).toBe("Reuters");
    expect(agencyAtEnd("By Jane Roe, Staff Writer")).toBeNull();
    expect(findParentheticalAgency("Leaders shake hands. (Xinhua/Li Ming)")).toBe("Xinhua");
    expect(sourceFromUrl("https://www.example-news.com/a")).toBe("example-news.com");
    expect(sourceFromUrl("not a url")).toBeNull();
  });
});
