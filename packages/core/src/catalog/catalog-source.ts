/** One file of a catalog source; `path` is relative to the source's root and uses `/` separators. */
export interface CatalogFile {
  path: string;
  text: string;
}

/**
 * A set of catalog files read by some edge (a directory, a test, a bundle). The core never reads files itself, so
 * the same validation runs in Node, in tests and in a browser.
 */
export interface CatalogSource {
  /** Where the files came from, for messages (a directory, a package name). */
  name: string;
  /** The source's semver version; only the first (built-in) source's version names the catalog. */
  version?: string;
  files: CatalogFile[];
  /**
   * Texts other systems send (`corpus/*.txt`, one per line): no entry that says its wording identifies its SIS may
   * match one. Every source's corpus applies to every entry, so a user catalog is held to the built-in corpus.
   */
  corpus?: CatalogFile[];
  /**
   * The source passed every check when it was published (the built-in catalog: CI checks it on every change). Its
   * files are still parsed against the schema, but its samples, patterns and cross-entry checks are not run again
   * while every source is checked: they would prove the same thing at every start, and cost a third of it.
   */
  checked?: boolean;
}
