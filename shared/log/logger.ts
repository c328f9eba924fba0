import pino from 'pino';

/** The structured logger every part receives by injection. */
export type Logger = pino.Logger;

/**
 * Paths that must never reach a log line even if a developer passes a whole object by mistake.
 * The rule (DESIGN.md §5) is stronger: we log only ids, intent, platform, latency, outcome kind and
 * the bank's interaction id; redaction is the safety net under that rule.
 */
export const REDACTED_PATHS = [
  'token', 'accessToken', 'apiAccessToken', 'authorization', 'headers.authorization', 'req.headers.authorization',
  'pin', 'amount', 'balance', 'accountNumber', 'merchant', 'speech', 'body',
  '*.token', '*.accessToken', '*.apiAccessToken', '*.authorization', '*.pin', '*.amount', '*.balance',
  '*.accountNumber', '*.merchant', '*.speech', '*.body',
];

export interface LoggerOptions {
  readonly level?: string;
  /** Where lines go; defaults to stdout. Tests pass a stream to read every line back. */
  readonly destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? 'info',
    base: { service: 'voicebank' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A logger that writes nothing, for tests and tools that do not care. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
