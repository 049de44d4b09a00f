import { DiplomacyError } from "@org/diplomacy-core";
import { describe, expect, it } from "vitest";
import { ApiError, toErrorResponse } from "./errors.js";

describe("toErrorResponse", () => {
  it("keeps the code and status of API errors", () => {
    expect(toErrorResponse(new ApiError("FORBIDDEN"))).toEqual({
      status: 403,
      body: { error: { code: "FORBIDDEN", message: expect.stringContaining("API key") } },
    });
  });

  it("uses the core catalogue's status, and 400 for invalid options", () => {
    expect(toErrorResponse(new DiplomacyError("TEXT_EMPTY")).status).toBe(422);
    expect(toErrorResponse(new DiplomacyError("TEXT_TOO_LONG")).status).toBe(413);
    expect(toErrorResponse(new DiplomacyError("OPTIONS_INVALID")).status).toBe(400);
  });

  it("hides the details of unexpected errors behind INTERNAL", () => {
    const { status, body } = toErrorResponse(new Error("connection string postgres://user:secret@db"));
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).not.toContain("secret");
  });
});
