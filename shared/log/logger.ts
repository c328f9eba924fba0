import pino from 'pino';
import { scrub } from './scrub';

/** The structured logger every part receives by injection. */
export type Logger = pino.Logger;

/**
 * Keys that must never reach a log line even if a developer passes a whole object by mistake
 * (scrub.ts). The rule (DESIGN.md §5) is stronger: we log only ids, intent, platform, latency,
 * outcome kind and the bank's interaction id; redaction is the safety net under that rule.
 */
export { REDACTED_KEYS } from './scrub';

export interface LoggerOptions {
  readonly level?: string;
  /** Where lines go; defaults to stdout. Tests pass a stream to read every line back. */
  readonly destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? 'info',
    base: { service: 'voicebank' },
    formatters: { log: (object) => scrub(object) },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A logger that writes nothing, for tests and tools that do not care. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
