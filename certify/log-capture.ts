import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../shared/log/logger';

/** A debug-level logger whose every line is kept for the privacy scan. */
export interface LogCapture {
  readonly logger: Logger;
  /** Every line written so far, as written (JSON text). */
  readonly lines: readonly string[];
}

/** Captures every line of every service and bank client of the run, at debug level. */
export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line !== ''),
      );
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}
