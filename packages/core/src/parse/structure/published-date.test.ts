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
    expect(readDateLine("First Published: Sep 08 2023 | 5:57 PM IST")).toEqual({
      value: "2023-09-08T17:57:00+05:30",
      label: "published",
    });
    expect(readDateLine("Last updated 2 March 2022")?.label).toBe("updated");
    expect(readDateLine("Friday, 4 March 2022")?.label).toBe("none");
  });

  it("refuses running text that merely contains a date", () => {
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
