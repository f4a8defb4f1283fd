/**
 * Every cap the analysis puts on what it keeps, reads or says, in one place. Each bounds memory or output against
 * an input of any size; none changes a count: what is left out is still counted, and the report says so.
 */
export const LIMITS = {
  /** Longest message kept and matched. Real SIS messages are far shorter; a 20 MB cell must not stall a run. */
  messageLength: 4096,
  /**
   * Affected students a finding lists (the first by id, then name); `usersTotal` counts them all, and the
   * `allUsers` option (and every mergeable report) lists them all. Three, as the examples an escalation asks for:
   * the report's size then follows its findings, not their students (five made a third of a high-cardinality
   * report's 30 MB).
   */
  usersListed: 3,
  /** Examples kept per finding and per unexplained template, the earliest by (source, line). */
  examples: 3,
  /** Distinct values kept per capture of a finding (the smallest, sorted), so a fix can name them. */
  captureValues: 5,
  /** Distinct unexplained templates kept; the rest are counted under one overflow template. */
  unexplainedTemplates: 5000,
  /** Distinct messages whose match and mask are remembered (from their second sight on). */
  memoEntries: 20_000,
  /** Diagnostics of one code passed on per input; then one line says more follow. */
  diagnosticsPerCode: 100,
  /** Rows of one input reported for a field count that differs from the header's. */
  raggedRowDiagnostics: 20,
  /** Diagnostics a report lists (the first by source and line); the summary counts all of them. */
  reportDiagnostics: 200,
  /**
   * Lines a CSV export may spend on a title before its header (a report name, an export date): they are skipped
   * only when the line after them is a header of known column names.
   */
  titleLines: 5,
  /** Characters of an input sniffed before its container is decided. */
  shapeSniffLength: 64 * 1024,
  /** Characters of an input looked at for binary content. */
  binarySniffLength: 1024,
  /** Records (rows, objects, lines) looked at before columns are mapped by content. */
  mappingSample: 64,
  /** Rows of a CSV with no header row held to map its columns by how their values relate (ids look alike). */
  headerlessMappingSample: 1000,
  /** A CSV row longer than this is no export row: csv-parse reads on from it without re-scanning. */
  carriedRowLength: 1 << 20,
  /** Nesting walked inside one JSON record, and inside an embedded response body. */
  fieldDepth: 12,
  responseDepth: 8,
  /** Ignored columns a diagnostic names before "and N more". */
  listedColumns: 20,
  /** Zip entries not read that a zip's summary names, with why, before "and N more". */
  listedZipEntries: 20,
  /**
   * A zip entry is a bomb when it inflates to more than this many times the compressed bytes it came from, once it
   * is past `zipRatioFrom` bytes (CSV compresses 5 to 20 times; a bomb a thousand).
   */
  zipRatio: 200,
  zipRatioFrom: 16 * 1024 * 1024,
  /** Bytes one zip may inflate to in all; past it the rest of the archive is not read. */
  zipTotalBytes: 4 * 1024 * 1024 * 1024,
  /** Compressed bytes handed to the inflater at once: what one step may inflate stays under ~1000 times this. */
  zipPiece: 16 * 1024,
  /** An import's JSON document (result, list, errors API page) read whole before it is parsed. */
  importJsonBytes: 256 * 1024 * 1024,
  /** Provisioning findings and objects a report lists per import file and in all; each list says how many more. */
  provisioningFindingsPerFile: 200,
  provisioningObjects: 500,
  /** Ids of each kind a provisioning finding lists (it counts them all). */
  provisioningIdsPerFinding: 20,
  /** Provisioning findings a passback finding names as its cause. */
  causesPerFinding: 5,
} as const;
