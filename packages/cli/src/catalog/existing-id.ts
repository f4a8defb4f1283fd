import { access } from "node:fs/promises";
import { basename } from "node:path";
import { readCatalogDir } from "@sis/core/node";

/** The file of a catalog directory that has this id (by its name or its "id"), or null; none when it does not exist. */
export async function existingIdFile(dir: string, id: string): Promise<string | null> {
  try {
    await access(dir);
  } catch {
    return null;
  }
  const { source } = await readCatalogDir(dir);
  for (const file of source.files) {
    if (basename(file.path, ".json") === id || idOf(file.text) === id) return file.path;
  }
  return null;
}

function idOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { id?: unknown }).id;
  } catch {
    return undefined;
  }
}
