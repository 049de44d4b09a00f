import type { ArticleInputLike } from "@org/diplomacy-core";
import { useEffect, useState } from "react";
import type { ParseReply, ParseRequest } from "./parse-messages.js";

/** The latest answer (kept while a newer input is being parsed, so the page does not flicker) and whether one is due. */
export interface ParseState {
  reply: ParseReply | null;
  pending: boolean;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: ParseReply) => void>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module", name: "diplomacy-parser" });
  worker.onmessage = (message: MessageEvent<ParseReply>) => {
    waiting.get(message.data.id)?.(message.data);
    waiting.delete(message.data.id);
  };
  worker.onerror = (event) => {
    const reply = (id: number): ParseReply => ({
      id,
      ms: 0,
      ok: false,
      error: { code: "INTERNAL", message: `The parser stopped: ${event.message || "unknown error"}.` },
    });
    for (const [id, resolve] of waiting) resolve(reply(id));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/**
 * Parses `input` with the core in a worker; only the latest input's answer is kept. `null` parses nothing.
 *
 * @example
 * const state = useParser(text.trim() ? { text } : null);
 */
export function useParser(input: ArticleInputLike | null): ParseState {
  const [state, setState] = useState<ParseState>({ reply: null, pending: false });
  useEffect(() => {
    if (input === null) {
      setState({ reply: null, pending: false });
      return;
    }
    let current = true;
    const id = nextId++;
    setState((previous) => ({ reply: previous.reply, pending: true }));
    waiting.set(id, (reply) => {
      if (current) setState({ reply, pending: false });
    });
    getWorker().postMessage({ id, input } satisfies ParseRequest);
    return () => {
      current = false;
    };
  }, [input]);
  return state;
}
