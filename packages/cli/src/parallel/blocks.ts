import { statSync } from "node:fs";

/**
 * The files in `count` blocks of consecutive files with about the same number of bytes each (a file that cannot be
 * read counts as empty here; reading it fails with the usual message). Never an empty block.
 */
export function blocksOf<File extends { path: string }>(files: readonly File[], wanted: number): File[][] {
  const count = Math.min(wanted, files.length);
  const sizes = files.map(({ path }) => sizeOf(path));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const blocks: File[][] = [];
  let done = 0;
  for (const [i, file] of files.entries()) {
    const left = files.length - i;
    const blocksLeft = count - blocks.length;
    // Start a new block once this one holds its share, or when every file left needs a block of its own.
    const full = done >= (total * blocks.length) / count && done > 0;
    if (blocks.length === 0 || (blocksLeft > 0 && (full || left === blocksLeft))) blocks.push([]);
    blocks[blocks.length - 1]?.push(file);
    done += sizes[i] ?? 0;
  }
  return blocks;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
