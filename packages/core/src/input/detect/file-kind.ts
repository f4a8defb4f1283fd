import { InputError } from "../../errors.js";

/** Files people pass instead of a log export, recognised by their first bytes. */
export type FileKind =
  | "zip"
  | "xlsx"
  | "docx"
  | "rtf"
  | "ods"
  | "excel-xml"
  | "excel-web-page"
  | "office-legacy"
  | "pdf"
  | "png"
  | "jpeg"
  | "gif"
  | "webp"
  | "tiff"
  | "7z"
  | "rar"
  | "bzip2"
  | "xz";

interface KindSpec {
  /** What it is, after "this is". */
  what: string;
  /** What to do instead. */
  advice: string;
}

const SAVE_AS_CSV = "open it in Excel or LibreOffice, save it as CSV (File > Save As > CSV UTF-8) and pass the .csv";
const EXPORT_THE_LOG = "export the Grade Sync log (Canvas or the SIS) as CSV and pass that";
const EXTRACT = "extract it and pass the CSV or log files inside (several files can be passed at once)";

const KINDS = {
  zip: {
    what: "a zip archive",
    advice: `unzip it and pass the CSV or log files inside (several files can be passed at once); if it is an Excel workbook, ${SAVE_AS_CSV}`,
  },
  xlsx: { what: "an Excel workbook (.xlsx)", advice: SAVE_AS_CSV },
  docx: { what: "a Word document (.docx)", advice: `copy the log lines into a text file, or ${EXPORT_THE_LOG}` },
  // What TextEdit (its default) and WordPad save log lines pasted into them as: text, but wrapped in markup.
  rtf: {
    what: "a rich-text document (.rtf)",
    advice: `save it as plain text (TextEdit: Format > Make Plain Text; WordPad: Save as > Plain text document) and pass that, or ${EXPORT_THE_LOG}`,
  },
  ods: { what: "an OpenDocument spreadsheet (.ods)", advice: SAVE_AS_CSV },
  // Text, but Excel's markup around the cells: read as a document, it was refused as "an HTML or XML document".
  "excel-xml": { what: 'an Excel XML spreadsheet ("XML Spreadsheet 2003")', advice: SAVE_AS_CSV },
  "excel-web-page": { what: 'an Excel workbook saved as a web page (.htm, "Web Page")', advice: SAVE_AS_CSV },
  "office-legacy": { what: "an older Excel workbook (.xls) or another Office document", advice: SAVE_AS_CSV },
  pdf: { what: "a PDF document", advice: `a PDF's text cannot be read as a log; ${EXPORT_THE_LOG}` },
  png: { what: "a PNG image", advice: `a screenshot cannot be read as a log; ${EXPORT_THE_LOG}` },
  jpeg: { what: "a JPEG image", advice: `a photo or screenshot cannot be read as a log; ${EXPORT_THE_LOG}` },
  gif: { what: "a GIF image", advice: `an image cannot be read as a log; ${EXPORT_THE_LOG}` },
  webp: { what: "a WebP image", advice: `an image cannot be read as a log; ${EXPORT_THE_LOG}` },
  tiff: { what: "a TIFF image", advice: `an image cannot be read as a log; ${EXPORT_THE_LOG}` },
  "7z": { what: "a 7-Zip archive", advice: EXTRACT },
  rar: { what: "a RAR archive", advice: EXTRACT },
  bzip2: {
    what: "a bzip2-compressed file",
    advice: "decompress it (bunzip2) and pass the file inside; gzip is read as is",
  },
  xz: { what: "an xz-compressed file", advice: "decompress it (unxz) and pass the file inside; gzip is read as is" },
} satisfies Record<FileKind, KindSpec>;

/** [kind, offset, bytes]: the signature each kind starts with (or has at that offset). */
const SIGNATURES: readonly (readonly [FileKind, number, readonly number[]])[] = [
  ["zip", 0, [0x50, 0x4b, 0x03, 0x04]],
  ["zip", 0, [0x50, 0x4b, 0x05, 0x06]],
  ["office-legacy", 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["pdf", 0, [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["rtf", 0, [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ["png", 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["jpeg", 0, [0xff, 0xd8, 0xff]],
  ["gif", 0, [0x47, 0x49, 0x46, 0x38]],
  ["webp", 8, [0x57, 0x45, 0x42, 0x50]],
  ["tiff", 0, [0x49, 0x49, 0x2a, 0x00]],
  ["tiff", 0, [0x4d, 0x4d, 0x00, 0x2a]],
  ["7z", 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ["rar", 0, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ["bzip2", 0, [0x42, 0x5a, 0x68]],
  ["xz", 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
];

/**
 * The kind of a file that is not a text log, from its first bytes (a few KB are enough to tell an Office file in a
 * zip), or undefined for anything else. A zip is checked first by whoever reads zips; this names the rest.
 */
export function fileKindOf(head: Uint8Array): FileKind | undefined {
  const kind = SIGNATURES.find(([, offset, bytes]) => startsWith(head, offset, bytes))?.[0] ?? excelMarkupKind(head);
  if (kind === "webp" && !startsWith(head, 0, [0x52, 0x49, 0x46, 0x46])) return undefined;
  if (kind === "bzip2" && !startsWith(head, 4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59])) return undefined;
  return kind === "zip" ? zipKind(head) : kind;
}

/** The error for a file of a known kind that is no log: what it is, and how to get a log out of it. */
export function wrongFileKind(kind: FileKind, source: string | undefined): InputError {
  const { what, advice } = KINDS[kind];
  return new InputError(
    "binary-input",
    `${source ?? "input"}: expected a log export as text (CSV, TSV, JSON, NDJSON or a text log), but this is ${what}: ${advice}`,
    source,
  );
}

/** How far into a markup file Excel names itself: its XML processing instruction or namespaces, its ProgId meta. */
const EXCEL_MARKUP_HEAD = 4096;

/**
 * Excel's XML Spreadsheet 2003 (`<?mso-application progid="Excel.Sheet"?>`, the spreadsheet namespace on
 * `<Workbook>`) and its "Web Page" save (`<meta name=ProgId content=Excel.Sheet>`, the excel namespace on `<html>`):
 * markup that starts with "<" and names Excel near the top.
 */
function excelMarkupKind(head: Uint8Array): FileKind | undefined {
  const text = new TextDecoder("latin1").decode(head.subarray(0, EXCEL_MARKUP_HEAD));
  if (!/^(?:\xef\xbb\xbf)?\s*</.test(text)) return undefined;
  if (/progid\s*=\s*"excel\.sheet"|urn:schemas-microsoft-com:office:spreadsheet/i.test(text)) return "excel-xml";
  if (/content\s*=\s*"?excel\.sheet|urn:schemas-microsoft-com:office:excel/i.test(text)) return "excel-web-page";
  return undefined;
}

/** Office files are zips: the names of their first entries tell which. */
function zipKind(head: Uint8Array): FileKind {
  const names = new TextDecoder("latin1").decode(head.subarray(0, 64 * 1024));
  if (names.includes("xl/")) return "xlsx";
  if (names.includes("word/")) return "docx";
  if (names.includes("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  return "zip";
}

function startsWith(head: Uint8Array, offset: number, bytes: readonly number[]): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((byte, index) => head[offset + index] === byte);
}
