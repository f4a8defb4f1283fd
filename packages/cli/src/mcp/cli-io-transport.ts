import { ReadBuffer, serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { type CliIo, writeOut } from "../io.js";

/**
 * The SDK's stdio framing (newline-delimited JSON-RPC, its own ReadBuffer and serializer) over the CLI's streams,
 * so the server runs in-process with any CliIo and only bin.ts touches `process`. Unlike the SDK's stdio transport
 * it closes when stdin ends, so a client that closes the pipe ends the server.
 */
export class CliIoTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  /** Resolves once the transport has closed (stdin ended, or the server closed it). */
  readonly closed: Promise<void>;
  private readonly buffer = new ReadBuffer();
  private isClosed = false;
  private markClosed: () => void = () => {};

  constructor(private readonly io: CliIo) {
    this.closed = new Promise((resolve) => {
      this.markClosed = resolve;
    });
  }

  async start(): Promise<void> {
    void this.read();
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.isClosed) return;
    await writeOut(this.io.stdout, serializeMessage(message));
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    this.buffer.clear();
    this.onclose?.();
    this.markClosed();
  }

  private async read(): Promise<void> {
    try {
      for await (const chunk of this.io.stdin.data) {
        if (this.isClosed) break;
        this.buffer.append(Buffer.from(chunk));
        this.deliver();
      }
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    }
    await this.close();
  }

  /** Every whole message read so far; a line that is not JSON-RPC is reported and skipped, as the SDK does. */
  private deliver(): void {
    for (;;) {
      try {
        const message = this.buffer.readMessage();
        if (message === null) return;
        this.onmessage?.(message);
      } catch (error) {
        this.onerror?.(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
}
