import type { Dirent } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { provisioningKindOf } from "../provisioning/detect.js";
import { describeFsError } from "./fs-error.js";
import { STDIN_NAME } from "./read-input.js";

/** A file to read, and whether it was found inside a folder given as an input rather than named itself. */
export interface InputPath {
  path: string;
  foundInFolder: boolean;
}

/**
 * The files to read for the paths given: a folder stands for every file under it (in name order, at any depth),
 * leaving out what Canvas leaves out of an upload (dot files, `__MACOSX`). Folders are how a downloaded SIS
 * import usually arrives: its JSON, its errors file and its CSVs side by side. What a folder holds is marked so:
 * a file there that is no text (a screenshot, a PDF) is skipped, where a file named on its own stops the run.
 */
export async function expandFolders(paths: readonly string[]): Promise<InputPath[]> {
  const files: InputPath[] = [];
  for (const path of paths) {
    if (path === STDIN_NAME || !(await isFolder(path))) {
      files.push({ path, foundInFolder: false });
      continue;
    }
    const found = await filesUnder(path);
    if (found.length === 0) {
      throw new InputError("unreadable-input", `expected files in the folder ${path}, but it holds none`, path);
    }
    files.push(...found.map((file) => ({ path: file, foundInFolder: true })));
  }
  return files;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    // A path that cannot be read is reported by the reader, with the reason.
    return false;
  }
}

async function filesUnder(folder: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError("unreadable-input", `cannot read ${folder}: ${describeFsError(error, "folder")}`, folder);
  }
  const files: string[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".") || entry.name === "__MACOSX") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Bytes of a file's head that tell a provisioning input from a log. */
const HEAD = 16 * 1024;

/**
 * Whether any of the files is an SIS import input (a zip, an import's JSON, its errors file, an import CSV): such
 * a run is analysed in one piece, since its checks look across files. Unreadable files count as not.
 */
export async function anyProvisioning(paths: readonly string[]): Promise<boolean> {
  for (const path of paths) {
    if (path === STDIN_NAME) continue;
    try {
      const handle = await open(path, "r");
      try {
        const head = new Uint8Array(HEAD);
        const { bytesRead } = await handle.read(head, 0, HEAD, 0);
        const kind = provisioningKindOf(head.subarray(0, bytesRead), bytesRead < HEAD);
        if (kind !== null && kind !== "more") return true;
      } finally {
        await handle.close();
      }
    } catch {
      // The reader reports it.
    }
  }
  return false;
}
