/**
 * `--input-format`: the container to read every input as, instead of the one detected, for a log that does not look
 * like one (a text log with no timestamps, levels or known keys; JSON whose keys name no log field).
 */
export const INPUT_FORMATS = ["csv", "json", "ndjson", "text"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
