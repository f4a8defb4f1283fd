import type { Diagnostic } from "@sis/core";
import type { CliIo } from "../io.js";
import { formatDiagnostic } from "./diagnostic-line.js";
import { createProgress } from "./progress.js";

/** A screenful: enough to see what was inferred, not so many that the report scrolls away. */
export const SHOWN_DIAGNOSTICS = 20;

export interface StderrReporter {
  record(): void;
  diagnostic(diagnostic: Diagnostic): void;
  /** Diagnostics that happened but were not handed over (another thread kept only the first ones): counted. */
  unshown(count: number): void;
  /** Print the "… and N more" line and clear the progress line. */
  finish(): void;
}

/** Everything the analyze command says on stderr while it runs; silent with --quiet. */
export function createStderrReporter(io: CliIo, quiet: boolean): StderrReporter {
  if (quiet) return { record() {}, diagnostic() {}, unshown() {}, finish() {} };
  // Progress only for a person watching: in a pipe or a CI log it would be noise.
  const progress = io.stderr.isTTY && io.now ? createProgress(io.stderr, io.now) : null;
  let count = 0;
  return {
    record: () => progress?.tick(),
    diagnostic(diagnostic) {
      count++;
      if (count > SHOWN_DIAGNOSTICS) return;
      progress?.clear();
      io.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    },
    unshown(hidden) {
      count += hidden;
    },
    finish() {
      progress?.clear();
      const hidden = count - SHOWN_DIAGNOSTICS;
      if (hidden > 0)
        io.stderr.write(`… and ${hidden} more diagnostic${hidden === 1 ? "" : "s"} (see the json report)\n`);
    },
  };
}
