/** The parts of a catalog file path the checks compare with the entry: its base name and its folder. */
export interface FileLocation {
  /** File name without `.json`. */
  stem: string;
  /** The folder the file sits in, or null when it sits at the source root (or directly in `entries/`). */
  folder: string | null;
}

export function fileLocation(path: string): FileLocation {
  const segments = path.split(/[\\/]/).filter((segment) => segment !== "" && segment !== ".");
  const base = segments.at(-1) ?? "";
  const stem = base.toLowerCase().endsWith(".json") ? base.slice(0, -".json".length) : base;
  const folder = segments.at(-2) ?? null;
  // `entries/` is the catalog's own top folder, not a SIS; a flat custom catalog has no folder to compare.
  return { stem, folder: folder === "entries" ? null : folder };
}
