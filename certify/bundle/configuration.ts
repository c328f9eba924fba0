import { displayUrl } from '../report/meta';
import type { Settings } from '../options';
import { STORAGE_SETTINGS } from '../security/storage';
import type { RunMeta } from '../types';

const SECRET_SETTING = /SECRET|TOKEN|PASSWORD|KEY(?!_PREFIX)/;

/** A deployment setting as the bundle may show it: secrets redacted, URLs without credentials. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '(not set)';
  if (SECRET_SETTING.test(name)) return `[redacted, ${value.length} characters]`;
  if (/^[a-z]+:\/\//i.test(value)) {
    try {
      return displayUrl(value);
    } catch {
      return '[redacted: not a URL]';
    }
  }
  return value;
}

/** The configuration the run used: its settings (no token), the report's rows, and the deployment settings it read. */
export function configurationOf(settings: Settings, bankUrl: string, meta: RunMeta): Record<string, unknown> {
  return {
    run: {
      bankUrl,
      bankKind: meta.bankKind,
      token: '[redacted]',
      expiredToken: settings.expiredToken === undefined ? '(not given)' : '[redacted]',
      samples: settings.samples,
      bankTimeoutMs: settings.bankTimeoutMs,
      turnDeadlineMs: settings.turnDeadlineMs,
      timeZone: settings.zone,
    },
    report: Object.fromEntries(meta.configuration),
    deployment: Object.fromEntries(
      ['DEFAULT_TIME_ZONE', ...STORAGE_SETTINGS].map((name) => [name, shown(name, settings.env[name])]),
    ),
  };
}
