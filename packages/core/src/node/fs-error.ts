/**
 * An operating system error in a few words a support agent understands, for a message that already names the
 * path; `missing` says what was looked for ("file", "directory or file").
 */
export function describeFsError(error: unknown, missing: string): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case "ENOENT":
      return `no such ${missing}`;
    case "ENOTDIR":
      return "expected a directory, but the path names a file";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
