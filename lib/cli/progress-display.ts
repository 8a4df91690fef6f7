// How `juxta replay|load` shows a run's progress on stderr: a bar redrawn in place on a terminal
// (cli-progress), and plain lines — one per tenth of the run, and the last — where a redraw would
// fill a CI log with carriage returns (not a terminal, or CI set).
import "server-only";
import { SingleBar } from "cli-progress";
import { env } from "../config/env";
import type { RunJson } from "../api-client/runs";
import { formatDuration, progressLine } from "./run-report";

export interface ProgressDisplay {
  update(progress: RunJson["progress"], ended: boolean): void;
}

export function progressDisplay(quiet: boolean, stream: NodeJS.WriteStream = process.stderr, inCi: boolean = env().CI !== undefined): ProgressDisplay {
  if (quiet) return { update() {} };
  return stream.isTTY === true && !inCi ? terminalBar(stream) : plainLines(stream);
}

function plainLines(stream: NodeJS.WriteStream): ProgressDisplay {
  let lastTenth = -1;
  let lastLine = "";
  return {
    update(progress, ended) {
      const tenth = Math.floor((progress.finished / Math.max(1, progress.total)) * 10);
      const line = progressLine(progress);
      // The end is always shown, once: the last progress and the end may read the same.
      if ((tenth !== lastTenth || ended) && line !== lastLine) stream.write(`${line}\n`);
      lastTenth = tenth;
      lastLine = line;
    },
  };
}

function terminalBar(stream: NodeJS.WriteStream): ProgressDisplay {
  const bar = new SingleBar({
    stream,
    format: "[{bar}] {value}/{total} {percentage}% · {errors} errors · {calling} calling{queued}{eta}",
    barCompleteChar: "█",
    barIncompleteChar: "░",
    barsize: 30,
    hideCursor: true,
    // The server knows the pace (items finish in bursts at this end): its ETA, not the bar's.
    etaBuffer: 1,
  });
  let started = false;
  let stopped = false;
  return {
    update(progress, ended) {
      if (stopped) return;
      const payload = {
        errors: progress.error,
        calling: progress.running,
        queued: progress.claimed > 0 ? ` · ${progress.claimed} queued` : "",
        eta: progress.etaSeconds === null ? "" : ` · ETA ${formatDuration(progress.etaSeconds)}`,
      };
      if (!started) bar.start(progress.total, progress.finished, payload);
      else bar.update(progress.finished, payload);
      started = true;
      if (ended) {
        bar.stop();
        stopped = true;
      }
    },
  };
}
