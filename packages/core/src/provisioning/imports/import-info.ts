/** What an import's JSON (the SIS Imports API's SisImport object) says about it, as the report needs it. */
export interface ImportInfo {
  id: string;
  state: string | null;
  createdAt: string | null;
  endedAt: string | null;
  progress: number | null;
  /** `data.counts`: rows Canvas processed per kind (`users`, `enrollments`, …) and its error and warning totals. */
  counts: Readonly<Record<string, number>>;
  /** `data.supplied_batches`: the kinds of file Canvas recognised in the upload. */
  suppliedBatches: readonly string[];
  /** `data.error_message`: why the whole job failed, when it did. */
  errorMessage: string | null;
  /** The names of the CSVs Canvas kept from the upload (`csv_attachments`). */
  files: readonly string[];
  /** The import's options (batch mode, diffing, thresholds, stickiness), as given. */
  options: Readonly<Record<string, string | number | boolean>>;
  /** The `processing_errors` / `processing_warnings` lists, and what their "and N more" line says was left out. */
  listed: { errors: number; warnings: number; moreErrors: number | null; moreWarnings: number | null };
  /** Where it was read. */
  source: string;
}

/** The options the report echoes, and the batch-mode / diffing ones the deletion check reads. */
export const IMPORT_OPTIONS = [
  "batch_mode",
  "batch_mode_term_id",
  "multi_term_batch_mode",
  "skip_deletes",
  "override_sis_stickiness",
  "add_sis_stickiness",
  "clear_sis_stickiness",
  "diffing_data_set_identifier",
  "diffing_remaster",
  "diffed_against_import_id",
  "diffing_drop_status",
  "change_threshold",
  "diff_row_count_threshold",
  "diffing_threshold_exceeded",
  "update_sis_id_if_login_claimed",
] as const;
