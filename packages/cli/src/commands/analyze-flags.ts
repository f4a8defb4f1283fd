import type { FailOn } from "@sis/core";
import type { Integration } from "../render/escalation-route.js";
import type { Format } from "../render/format.js";
import { UsageError } from "../usage-error.js";
import type { GroupBy } from "../view/group-by.js";

/** The root command's options as commander parses them (choices already checked). */
export interface AnalyzeFlags {
  format?: Format;
  sis?: string;
  catalog: string[];
  canvasUrl?: string;
  integration: Integration;
  /** False with --no-bom. */
  bom: boolean;
  groupBy: GroupBy;
  onlyUnresolved?: boolean;
  failOn: FailOn;
  redact?: boolean;
  quiet?: boolean;
  version?: boolean;
}

/** Checks commander cannot express; a wrong URL would otherwise make every course link in the report wrong. */
export function checkCanvasUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== "https:" && url?.protocol !== "http:") {
    throw new UsageError(`--canvas-url expects a URL such as https://school.instructure.com, got "${value}"`);
  }
  return value;
}
