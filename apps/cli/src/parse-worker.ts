// Worker entry: parses the tasks the main thread posts, one at a time, and posts back their outcomes.
import { parentPort, workerData } from "node:worker_threads";
import type { ParseTask } from "./inputs.js";
import { type ParseTaskOptions, runParseTask } from "./parse-task.js";

const options = (workerData as { options: ParseTaskOptions }).options;

parentPort?.on("message", (task: ParseTask) => {
  parentPort?.postMessage(runParseTask(task, options));
});
