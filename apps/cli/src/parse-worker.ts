// Worker entry: parses the tasks the main thread posts, one at a time, and posts back their outcomes.
import { parentPort, workerData } from "node:worker_threads";
import type { ParseTask } from "./inputs.js";
import { collectGarbage } from "./gc.js";
import { type ParseTaskOptions, runParseTask } from "./parse-task.js";

const options = (workerData as { options: ParseTaskOptions }).options;

// A full collection every so many tasks keeps the worker's memory at its live size (see collectGarbage).
const TASKS_PER_COLLECTION = 100;
let tasks = 0;

parentPort?.on("message", (task: ParseTask) => {
  parentPort?.postMessage(runParseTask(task, options));
  if (++tasks % TASKS_PER_COLLECTION === 0) collectGarbage();
});
