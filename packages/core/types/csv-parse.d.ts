// The part of csv-parse's API that core uses, declared without Node's types. csv-parse's own declarations pull in
// @types/node (its streaming Parser is a Node Transform), so tsconfig.pure.json maps "csv-parse" here to check that
// core's own code uses no Node module or global. tsconfig.json checks the same code against the real declarations.

export interface Options {
  delimiter?: string;
  relax_column_count?: boolean;
  relax_quotes?: boolean;
  skip_records_with_error?: boolean;
  record_delimiter?: string[];
}

export declare class Parser {
  constructor(options: Options);
  readonly info: { lines: number; bytes: number };
  on(event: "skip" | "error", listener: (error: Error) => void): this;
  push(chunk: unknown): boolean;
  write(chunk: Uint8Array): boolean;
  end(callback: () => void): this;
}
