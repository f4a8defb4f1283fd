import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type MessageContext, valueFor } from "./message-context.js";

/** One kind of error message the generator can write, for one SIS (or `canvas`: any SIS). */
export interface MessageSource {
  sis: string;
  /** False for texts no catalog entry is meant to explain (they feed the unknown-template grouping). */
  known: boolean;
  httpStatus?: number;
  render(ctx: MessageContext): string;
}

interface EntryJson {
  sis?: unknown;
  domain?: unknown;
  match?: { pattern?: unknown; flags?: unknown; httpStatus?: unknown };
  samples?: { match?: { line?: unknown; captures?: unknown }[] };
}

/**
 * Messages from the catalog's own grade passback sample lines, with their captures swapped for values from the row. A varied line
 * is kept only if the entry's regex still matches it, so "known" rows really are known to the matcher.
 */
export function catalogSources(catalogDir: string): MessageSource[] {
  const sources: MessageSource[] = [];
  for (const file of jsonFiles(join(catalogDir, "entries"))) {
    let entry: EntryJson;
    let regex: RegExp;
    try {
      entry = JSON.parse(readFileSync(file, "utf8")) as EntryJson;
      regex = new RegExp(String(entry.match?.pattern), String(entry.match?.flags ?? "i"));
    } catch {
      continue; // An entry being edited right now must not stop the benchmark.
    }
    // A Grade Sync log carries passback messages; SIS Import messages belong to provisioning inputs.
    if (entry.domain === "provisioning") continue;
    const status = typeof entry.match?.httpStatus === "number" ? entry.match.httpStatus : undefined;
    for (const sample of entry.samples?.match ?? []) {
      if (typeof sample.line !== "string" || typeof entry.sis !== "string") continue;
      const line = sample.line;
      const captures = Object.entries((sample.captures ?? {}) as Record<string, string>);
      sources.push({
        sis: entry.sis,
        known: true,
        ...(status === undefined ? {} : { httpStatus: status }),
        render: (ctx) => {
          let varied = line;
          for (const [name, value] of captures) {
            if (value !== "") varied = varied.replace(value, valueFor(name, value, ctx));
          }
          return varied !== line && regex.test(varied) ? varied : line;
        },
      });
    }
  }
  return sources;
}

interface DictionaryJson {
  sis: string;
  message_template: string | null;
  probable_template: string | null;
  http_status: number | null;
}

const DICTIONARY_SIS: Record<string, string> = {
  Aeries: "aeries",
  Aspen: "aspen",
  "PowerSchool-PowerTeacher Pro": "powerschool",
  "Infinite Campus": "infinite-campus",
  Skyward: "skyward",
  Synergy: "synergy",
};

/** Fallback when the catalog has no entries yet: the research dictionary's templates with placeholders filled. */
export function dictionarySources(dictionaryFile: string): MessageSource[] {
  const items = JSON.parse(readFileSync(dictionaryFile, "utf8")) as DictionaryJson[];
  return items.flatMap((item): MessageSource[] => {
    const template = item.message_template ?? item.probable_template;
    if (template === null) return [];
    return [
      {
        sis: DICTIONARY_SIS[item.sis] ?? "canvas",
        known: true,
        ...(item.http_status === null ? {} : { httpStatus: item.http_status }),
        render: (ctx) => template.replace(/\{(\w+)\}/g, (_, name: string) => valueFor(name, "000000", ctx)),
      },
    ];
  });
}

function jsonFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith(".json") ? [path] : [];
  });
}
