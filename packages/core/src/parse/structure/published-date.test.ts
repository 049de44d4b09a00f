import { describe, expect, it } from "vitest";
import { dateFromUrl, findFullDate, findTime, readDateLine, resolveDayMonth, toIsoDate } from "./published-date.js";

describe("findFullDate", () => {
  it("reads numeric and named dates in several languages", () => {
    expect(findFullDate("2023-08-30")?.date).toBe("2023-08-30");
    expect(findFullDate("30.08.2023")?.date).toBe("2023-08-30");
    expect(findFullDate("08/30/2023")?.date).toBe("2023-08-30");
    expect(findFullDate("Sept. 3rd, 2021")?.date).toBe("2021-09-03");
    expect(findFullDate("3 Sept 2021")?.date).toBe("2021-09-03");
    expect(findFullDate("le 5 février 2020")?.date).toBe("2020-02-05");
    expect(findFullDate("5. März 2020")?.date).toBe("2020-03-05");
    expect(findFullDate("5 марта 2020 г.")?.date).toBe("2020-03-05");
    expect(findFullDate("06 September 2001Text: talks")?.date).toBe("2001-09-06");
  });

  it("rejects days that do not exist and numbers that are not dates", () => {
    expect(findFullDate("31 February 2023")).toBeNull();
    expect(findFullDate("2023-13-01")).toBeNull();
    expect(findFullDate("The 967 releases of 2023")).toBeNull();
    expect(toIsoDate(1800, 1, 1)).toBeNull();
  });
});

describe("findTime", () => {
  it("reads 12- and 24-hour clocks with known zones", () => {
    expect(findTime("5:57 PM IST")).toEqual({ time: "17:57:00", offset: "+05:30" });
    expect(findTime("12:05 a.m.")).toEqual({ time: "00:05:00", offset: null });
    expect(findTime("16:32 GMT")).toEqual({ time: "16:32:00", offset: "Z" });
    expect(findTime("25:99")).toBeNull();
  });
});

describe("readDateLine", () => {
  it("labels publication and update stamps", () => {
    expect(readDateLine("First Published: Oct 14 2022 | 6:41 PM IST")).toEqual({
      value: "2022-10-14T18:41:00+05:30",
      label: "published",
    });
    expect(readDateLine("Last updated 2 March 2022")?.label).toBe("updated");
    expect(readDateLine("Friday, 4 March 2022")?.label).toBe("none");
    // a zone written as an offset, and a section word before the stamp
    expect(readDateLine("Europe Section 9 May 2016 14:20 (UTC +03:00)")?.value.slice(0, 10)).toBe("2016-05-09");
    // a labelled stamp that runs on into the byline
    expect(readDateLine("Published on 12/03/2021 - 08:15 By Ana Lima - Agência Sul - Recife")?.label).toBe("published");
    // a glued clock and relative age
    expect(readDateLine("June 2, 2010 / 4:05 AM / 9 years ago")?.value.slice(0, 10)).toBe("2010-06-02");
  });

  it("reads month names from other languages' calendars", () => {
    expect(readDateLine("Rabu, 6 Desember 2017")?.value).toBe("2017-12-06");
    expect(readDateLine("Publié le 3 févr. 2020")?.value).toBe("2020-02-03");
    expect(readDateLine("Sexta-feira, 7 de agosto de 2020")?.value).toBe("2020-08-07");
    expect(readDateLine("Mittwoch, 5. März 2020")?.value).toBe("2020-03-05");
  });

  it("refuses running text that merely contains a date", () => {
    expect(
      readDateLine("Talks held by Sara Novak on 12/03/2021 went on well into the night in the old port"),
    ).toBeNull();
    expect(readDateLine("The treaty signed on 12 May 2001 was discussed at length by both sides.")).toBeNull();
    expect(readDateLine("No date here")).toBeNull();
  });
});

describe("dateFromUrl", () => {
  it("reads the usual URL date shapes", () => {
    expect(dateFromUrl("https://a.example/2023/08/30/x")).toBe("2023-08-30");
    expect(dateFromUrl("https://a.example/n3/2023/1019/c1.html")).toBe("2023-10-19");
    expect(dateFromUrl("https://a.example/20240130/story-1116498011.html")).toBe("2024-01-30");
    expect(dateFromUrl("https://2023.example/about")).toBeNull();
    // one-digit months and days, mixed separators, a date closing the slug, day-first dates
    expect(dateFromUrl("https://a.example/2017/8/9/envoy-named")).toBe("2017-08-09");
    expect(dateFromUrl("https://a.example/2016/03-07/4411.shtml")).toBe("2016-03-07");
    expect(dateFromUrl("https://a.example/world/story/envoy-recalled-88123-2015-06-02")).toBe("2015-06-02");
    expect(dateFromUrl("https://a.example/news/politics/21-04-2019/minister-visits-port")).toBe("2019-04-21");
    // eight digits opening a longer numeric id
    expect(dateFromUrl("https://a.example/stories/201905210133.html")).toBe("2019-05-21");
    // a number glued to letters is not a day; a query string is not the path
    expect(dateFromUrl("https://a.example/tech/2023/11/5g-rollout")).toBeNull();
    expect(dateFromUrl("https://a.example/news/envoy?page=2019-01-01")).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});

describe("resolveDayMonth", () => {
  it("gives a yearless date the anchor's year, or the year before when it would fall far after the anchor", () => {
    expect(resolveDayMonth("Oct. 18", "2023-10-19")).toBe("2023-10-18");
    expect(resolveDayMonth("30 December", "2024-01-02")).toBe("2023-12-30");
    expect(resolveDayMonth("Oct. 18", null)).toBeNull();
    expect(resolveDayMonth("Kelso", "2023-10-19")).toBeNull();
  });
});
