import type { PageData } from "../page-data.js";
import { byId } from "./dom.js";

export function readData(): PageData {
  return JSON.parse(byId("report-data").textContent ?? "{}") as PageData;
}

/** A text of the table, or null for -1. */
export function textOf(data: PageData, index: number): string | null {
  return index < 0 ? null : (data.texts[index] ?? null);
}
