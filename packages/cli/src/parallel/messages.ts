import type { CatalogEntry, Diagnostic, InputErrorCode } from "@sis/core";
import type { InputPath } from "@sis/core/node";
import type { BlockOptions } from "./analyze-block.js";

/** What every worker is started with: the catalog already loaded and checked, and the analysis options. */
export interface WorkerSetup extends BlockOptions {
  catalog: { version: string; entries: readonly CatalogEntry[] };
}

/** Consecutive files of the command line analysed as one run; `index` is the block's place among blocks. */
export interface BlockTask {
  index: number;
  files: InputPath[];
}

/** An InputError as data: errors lose their class crossing threads, and the CLI prints it by its class. */
export interface FailureData {
  kind: "input" | "other";
  code?: InputErrorCode;
  message: string;
  source?: string;
  line?: number;
}

/**
 * Records without a timestamp are ordered by their place in the run, which a block's report cannot know: an
 * untimed error in one block resolved by an untimed success in a later one needs a run over both.
 */
export interface UntimedRecords {
  errors: boolean;
  successes: boolean;
}

export type WorkerMessage =
  | { kind: "records"; count: number }
  | {
      kind: "done";
      index: number;
      /**
       * The report as JSON text: one string crosses threads in one copy, several times faster than a structured
       * clone of the report's objects (about 1 s for a 20 MB report).
       */
      reportJson: string;
      /** The first diagnostics (as many as stderr shows) of `diagnosticCount`. */
      diagnostics: Diagnostic[];
      diagnosticCount: number;
      untimed: UntimedRecords;
    }
  | { kind: "failed"; index: number; failure: FailureData };
