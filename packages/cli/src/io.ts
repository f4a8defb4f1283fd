import type { InputChunk } from "@sis/core";

/** A place to write text: process.stdout in the bin, a string buffer in tests. */
export interface Output {
  /** Returns false when the reader has fallen behind (a full pipe): wait for `drain` before writing much more. */
  write(text: string): unknown;
  /** Resolves once a reader that fell behind has caught up; absent where writes never wait (tests, files). */
  drain?: () => Promise<void>;
  /** True when a person is looking at it (a terminal): tables, colour and progress depend on it. */
  isTTY: boolean;
  /** The terminal's width in columns, when it is one; read at each use, since a terminal can be resized. */
  readonly columns?: number;
}

/**
 * Everything the CLI touches outside itself. Only bin.ts builds one from `process`, so every command runs
 * in-process in tests with fake streams.
 */
export interface CliIo {
  stdin: { data: AsyncIterable<InputChunk>; isTTY: boolean };
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds, for throttling progress; injectable so tests control time. */
  now?: () => number;
  /** Cores to analyse several files on at once; absent (in-process tests) means one thread. */
  cores?: number;
}

/** Colour only for a person at a terminal who has not opted out (https://no-color.org). */
export function wantsColour(io: CliIo): boolean {
  return io.stdout.isTTY && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "");
}

/**
 * Writes the text, and when the reader has fallen behind, returns a promise that resolves once it caught up.
 * Without it, a report piped into a slow reader would pile up in memory (Node buffers whatever a pipe refuses, on
 * every platform where pipe writes are asynchronous).
 */
export function writeOut(output: Output, text: string): Promise<void> | undefined {
  return output.write(text) === false && output.drain ? output.drain() : undefined;
}
