import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { CatalogEntry, EXIT_CODES, type ExitCode, entrySkeleton, SisSlug } from "@sis/core";
import { builtinCatalogDir } from "@sis/core/node";
import { existingIdFile } from "../catalog/existing-id.js";
import type { CliIo } from "../io.js";
import { UsageError } from "../usage-error.js";

export interface CatalogNewFlags {
  catalog?: string;
}

/**
 * `catalog new SIS ID`: write `entries/<sis>/<id>.json` with every field present and TODO text the checks reject
 * until it is replaced, so a contributor starts from the whole shape and `catalog validate` says what is left.
 */
export async function runCatalogNew(sis: string, id: string, flags: CatalogNewFlags, io: CliIo): Promise<ExitCode> {
  if (!SisSlug.safeParse(sis).success) {
    throw new UsageError(`expected a lower-case SIS slug such as aspen or infinite-campus, got "${sis}"`);
  }
  if (!CatalogEntry.shape.id.safeParse(id).success) {
    throw new UsageError(`expected a kebab-case id such as ${sis}-grade-scale-missing, got "${id}"`);
  }
  const dir = flags.catalog ?? builtinCatalogDir();
  const taken = await existingIdFile(dir, id);
  if (taken !== null) {
    throw new UsageError(`expected a new id, got "${id}", which ${taken} already has (ids are never reused)`);
  }
  const file = join(dir, "entries", sis, `${id}.json`);
  const schema = relative(dirname(file), join(builtinCatalogDir(), "schema", "entry.schema.json")).replaceAll(
    "\\",
    "/",
  );
  await mkdir(dirname(file), { recursive: true });
  // `wx`: never overwrite, even a file that appeared since the check above.
  await writeFile(file, `${JSON.stringify(entrySkeleton(sis, id, schema), null, 2)}\n`, { flag: "wx" });
  io.stdout.write(`wrote ${file}\n`);
  io.stderr.write(
    "next: replace every TODO, add match and noMatch samples, then run `gpb-analyze catalog validate" +
      `${flags.catalog === undefined ? "" : ` ${flags.catalog}`}\` until it passes (see CONTRIBUTING.md)\n`,
  );
  if (flags.catalog !== undefined && (await existingIdFile(builtinCatalogDir(), id)) !== null) {
    io.stderr.write(`note: the built-in catalog has an entry "${id}"; yours will override it\n`);
  }
  return EXIT_CODES.clean;
}
