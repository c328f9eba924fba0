import type { IncomingMessage } from 'node:http';

/** What {@link collectCapped} reports. */
export interface CappedBodyHandlers {
  /** Called once when the body passes the cap; what came and comes after is dropped. */
  readonly tooLarge: () => void;
  /** The body as UTF-8 text at the end of the stream, and whether the message arrived complete. */
  readonly end: (text: string, complete: boolean) => void;
}

/**
 * Collects an HTTP message body of at most `maxBytes` (the bank client's responses, certificate
 * downloads, the certification kit's raw requests): one size-capped reader for all three.
 */
export function collectCapped(message: IncomingMessage, maxBytes: number, handlers: CappedBodyHandlers): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  message.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size <= maxBytes) {
      chunks.push(chunk);
      return;
    }
    over = true;
    chunks.length = 0;
    handlers.tooLarge();
  });
  message.on('end', () => {
    if (!over) handlers.end(Buffer.concat(chunks).toString('utf8'), message.complete);
  });
}
