import { describe, expect, it } from "vitest";
import { expandPattern, TRIGGER_FAMILIES } from "../gazetteer/event-triggers.js";
import { EventTypeSchema, PloverTypeSchema } from "../schemas/event.js";
import { CAMEO_CODES, goldsteinOf } from "./cameo.js";
import { codeEvent, DEFAULT_CAMEO_BY_TYPE } from "./event-codes.js";
import { PLOVER_DESCRIPTIONS, ploverOf } from "./plover.js";

describe("event code table", () => {
  it("gives every event type a default CAMEO code that the CAMEO table knows", () => {
    for (const type of EventTypeSchema.options) {
      expect(CAMEO_CODES.has(DEFAULT_CAMEO_BY_TYPE[type]), type).toBe(true);
    }
  });

  it("uses only known CAMEO codes in the trigger gazetteer", () => {
    for (const family of TRIGGER_FAMILIES) expect(CAMEO_CODES.has(family.cameo), family.cameo).toBe(true);
  });

  it("describes every PLOVER type", () => {
    for (const type of PloverTypeSchema.options) expect(PLOVER_DESCRIPTIONS[type]).toBeTruthy();
  });

  it("keeps Goldstein weights on the -10..10 scale, cooperative codes positive and conflictual negative", () => {
    for (const { code, goldstein } of CAMEO_CODES.values()) {
      expect(goldstein).toBeGreaterThanOrEqual(-10);
      expect(goldstein).toBeLessThanOrEqual(10);
      if (code.startsWith("04") || code.startsWith("05")) expect(goldstein).toBeGreaterThan(0);
      if (code.startsWith("11") || code.startsWith("16")) expect(goldstein).toBeLessThan(0);
    }
  });
});

describe("codeEvent", () => {
  it("codes each type by default", () => {
    expect(codeEvent("visit")).toEqual({ cameo: "042", plover: "CONSULT", goldstein: 1.9 });
    expect(codeEvent("phone_call")).toEqual({ cameo: "041", plover: "CONSULT", goldstein: 1 });
    expect(codeEvent("agreement")).toEqual({ cameo: "057", plover: "AGREE", goldstein: 8 });
    expect(codeEvent("sanction")).toEqual({ cameo: "163", plover: "SANCTION", goldstein: -8 });
    expect(codeEvent("protest").plover).toBe("ACCUSE");
  });

  it("prefers the trigger's own code and falls back on an unknown one", () => {
    expect(codeEvent("protest", "161")).toEqual({ cameo: "161", plover: "SANCTION", goldstein: -4 });
    expect(codeEvent("meeting", "999")).toEqual(codeEvent("meeting"));
  });

  it("codes breaks in relations, new relations and restored relations by their own CAMEO codes", () => {
    expect(codeEvent("other", "161")).toEqual({ cameo: "161", plover: "SANCTION", goldstein: -4 });
    expect(codeEvent("agreement", "054")).toEqual({ cameo: "054", plover: "COOPERATE", goldstein: 7.4 });
    expect(codeEvent("other", "050")).toEqual({ cameo: "050", plover: "COOPERATE", goldstein: 3.5 });
  });
});

describe("ploverOf and goldsteinOf", () => {
  it("maps CAMEO roots and the codes that leave their root's family", () => {
    expect(ploverOf("043")).toBe("CONSULT");
    expect(ploverOf("111")).toBe("ACCUSE");
    expect(ploverOf("019")).toBe("AGREE");
    expect(ploverOf("010")).toBe("OTHER");
    expect(ploverOf("xx")).toBe("OTHER");
  });

  it("falls back to a shorter code and to 0", () => {
    expect(goldsteinOf("0421")).toBe(1.9);
    expect(goldsteinOf("99")).toBe(0);
  });
});

describe("expandPattern", () => {
  it("expands alternatives, nested in sequence", () => {
    expect(expandPattern("{met|meets} with")).toEqual(["met with", "meets with"]);
    expect(expandPattern("{a|b} {c|d}")).toEqual(["a c", "a d", "b c", "b d"]);
    expect(expandPattern("plain words")).toEqual(["plain words"]);
  });
});
