import { analyze, type CompiledCatalog, type Diagnostic, type Report, TOOL } from "@sis/core";
import { type InputPath, openInput } from "@sis/core/node";
import type { InputFormat } from "../commands/input-format.js";
import { SHOWN_DIAGNOSTICS } from "../stderr/stderr-reporter.js";
import type { UntimedRecords } from "./messages.js";

export interface BlockOptions {
  sis?: string;
  canvasUrl?: string;
  inputShape?: InputFormat;
}

export interface BlockAnalysis {
  report: Report;
  /** The first diagnostics (as many as stderr shows) of `diagnosticCount`. */
  diagnostics: Diagnostic[];
  diagnosticCount: number;
  untimed: UntimedRecords;
}

/** Progress is told in batches: a call per record would cost more than the record, across threads. */
const PROGRESS_EVERY = 5000;

/** Consecutive files analysed as one run into a mergeable report, on whichever thread calls it. */
export async function analyzeBlock(
  files: readonly InputPath[],
  catalog: CompiledCatalog,
  options: BlockOptions,
  onRecords: (count: number) => void,
): Promise<BlockAnalysis> {
  const diagnostics: Diagnostic[] = [];
  let diagnosticCount = 0;
  const untimed: UntimedRecords = { errors: false, successes: false };
  let pending = 0;
  const report = await analyze(
    files.map((file) => openInput(file)),
    {
      catalog,
      tool: TOOL,
      mergeable: true,
      ...options,
      onDiagnostic(diagnostic) {
        if (++diagnosticCount <= SHOWN_DIAGNOSTICS) diagnostics.push(diagnostic);
      },
      onRecord({ record }) {
        if (record.timestamp === undefined) {
          if (record.status === "success") untimed.successes = true;
          else if (record.status === "error" || record.status === "warning") untimed.errors = true;
        }
        if (++pending === PROGRESS_EVERY) {
          onRecords(pending);
          pending = 0;
        }
      },
    },
  );
  onRecords(pending);
  return { report, diagnostics, diagnosticCount, untimed };
}
