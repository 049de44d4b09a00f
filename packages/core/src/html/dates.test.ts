import { describe, expect, it } from "vitest";
import { findTextDates, findUrlDate, normalizeMachineDate, toIsoDay } from "./dates.js";

describe("normalizeMachineDate", () => {
  it("keeps an ISO timestamp's own day, time and zone", () => {
    expect(normalizeMachineDate("2023-08-30T23:15:00+02:00")).toBe("2023-08-30T23:15:00+02:00");
    expect(normalizeMachineDate("2023-08-30T23:15:00.000Z")).toBe("2023-08-30T23:15:00Z");
    expect(normalizeMachineDate("2023-08-30 09:00")).toBe("2023-08-30T09:00:00");
    expect(normalizeMachineDate("2023-08-30")).toBe("2023-08-30");
  });

  it("reads RFC 822 dates from feeds, with numeric and named zones", () => {
    expect(normalizeMachineDate("Wed, 30 Aug 2023 09:00:00 GMT")).toBe("2023-08-30T09:00:00Z");
    expect(normalizeMachineDate("Wed, 30 Aug 2023 09:00:00 +0600")).toBe("2023-08-30T09:00:00+06:00");
    expect(normalizeMachineDate("30 Aug 2023 09:00 EDT")).toBe("2023-08-30T09:00:00-04:00");
  });

  it("reads compact and written dates", () => {
    expect(normalizeMachineDate("20230830")).toBe("2023-08-30");
    expect(normalizeMachineDate("30.08.2023")).toBe("2023-08-30");
  });

  it("rejects impossible and implausible dates", () => {
    expect(normalizeMachineDate("2023-02-30")).toBeNull();
    expect(normalizeMachineDate("1890-01-01")).toBeNull();
    expect(normalizeMachineDate("soon")).toBeNull();
    expect(normalizeMachineDate(undefined)).toBeNull();
  });
});

describe("findTextDates", () => {
  it("finds dates in several languages, in order of appearance", () => {
    expect(findTextDates("Veröffentlicht am 7. November 2023, aktualisiert 8.11.2023")).toEqual([
      "2023-11-07",
      "2023-11-08",
    ]);
    expect(findTextDates("Publié le 30 août 2023")).toEqual(["2023-08-30"]);
    expect(findTextDates("Posted Aug. 30, 2023 at 9 am")).toEqual(["2023-08-30"]);
    expect(findTextDates("22 de novembro de 2020")).toEqual(["2020-11-22"]);
  });

  it("reads slashed dates day first unless told month first", () => {
    expect(findTextDates("05/06/2018")).toEqual(["2018-06-05"]);
    expect(findTextDates("05/06/2018", "mdy")).toEqual(["2018-05-06"]);
    expect(findTextDates("13/06/2018", "mdy")).toEqual(["2018-06-13"]);
  });

  it("finds a date glued to a word", () => {
    expect(findTextDates("luzes22/11/2020 - 04:30")).toEqual(["2020-11-22"]);
  });

  it("ignores numbers that are not dates", () => {
    expect(findTextDates("Call 0711-28077-500 or see item 12.14.2023")).toEqual([]);
  });
});

describe("findUrlDate", () => {
  it("reads /yyyy/mm/dd/, yyyy-mm-dd and compact dates from a URL path", () => {
    expect(findUrlDate("https://news.example/2023/08/30/talks-resume/")).toBe("2023-08-30");
    expect(findUrlDate("https://news.example/story/2023-08-30-talks")).toBe("2023-08-30");
    expect(findUrlDate("https://news.example/talks-resume-20230830.html")).toBe("2023-08-30");
  });

  it("returns null when the path has no full date", () => {
    expect(findUrlDate("https://news.example/2023/08/talks")).toBeNull();
    expect(findUrlDate("https://news.example/article/565107452")).toBeNull();
    expect(findUrlDate(null)).toBeNull();
  });
});

describe("toIsoDay", () => {
  it("checks the calendar", () => {
    expect(toIsoDay(2024, 2, 29)).toBe("2024-02-29");
    expect(toIsoDay(2023, 2, 29)).toBeNull();
  });
});
