import { describe, expect, it } from "vitest";
import { mapOrdered } from "./pool.js";

async function* numbers(count: number, pulled: number[]): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    pulled.push(i);
    yield i;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("mapOrdered", () => {
  it("yields results in source order even when later items finish first", async () => {
    const out: number[] = [];
    for await (const value of mapOrdered(
      numbers(8, []),
      async (n) => {
        await sleep((8 - n) * 3);
        return n * 10;
      },
      4,
    )) {
      out.push(value);
    }
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it("never has more than `limit` items in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    for await (const _ of mapOrdered(
      numbers(20, []),
      async (n) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await sleep(n % 3);
        inFlight--;
        return n;
      },
      3,
    )) {
      // consume
    }
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });

  it("stops pulling from the source once asked to stop", async () => {
    const pulled: number[] = [];
    let stop = false;
    const out: number[] = [];
    for await (const value of mapOrdered(
      numbers(100, pulled),
      async (n) => n,
      2,
      () => stop,
    )) {
      out.push(value);
      if (value === 4) stop = true;
    }
    expect(out.length).toBeLessThan(10);
    expect(pulled.length).toBeLessThan(10);
  });

  it("stops pulling when the consumer breaks off", async () => {
    const pulled: number[] = [];
    for await (const value of mapOrdered(numbers(100, pulled), async (n) => n, 2)) {
      if (value === 3) break;
    }
    expect(pulled.length).toBeLessThanOrEqual(6);
  });
});
