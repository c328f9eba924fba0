import { parseArgs } from 'node:util';
import { DateTime, IANAZone } from 'luxon';
import { localeCatalogue } from '../interaction-models/catalogue/locales';

/** What `npm run simulate -- …` was asked to do. */
export interface SimulatorOptions {
  readonly platform: 'alexa' | 'google';
  /** Account-linking token; undefined with `--unlinked`. */
  readonly token?: string;
  readonly locale: string;
  readonly zone: string;
  /** A running service; undefined starts one in-process with the sandbox bank. */
  readonly url?: string;
  /** The FDX bank the in-process service talks to (`--bank-url` or BANK_API_URL); undefined: the sandbox. */
  readonly bankUrl?: string;
  /** PIN_POLICY of the in-process service. */
  readonly pinPolicy: 'off' | 'session' | 'always';
  readonly secret?: string;
  readonly skillId?: string;
  readonly json: boolean;
  readonly explain: boolean;
  readonly record?: string;
  readonly replay?: string;
  /** One utterance to say and exit; undefined for an interactive session. */
  readonly utterance?: string;
  /** `YYYY-MM-DD` taken as today (`--today` or SANDBOX_TODAY); undefined: the system clock. */
  readonly today?: string;
  readonly help: boolean;
}

/** What `--help` prints. */
export const USAGE = `Usage: npm run simulate -- [options] ["utterance"]

Talk to voicebank as Alexa or Dialogflow would send it, offline. With an utterance: one turn, then exit.
Without: an interactive session until it ends or you type exit or quit.

  --platform alexa|google   which platform's requests to send (default alexa)
  --token TOKEN             account-linking token (default demo-alex; also demo-sam, demo-kim, fault-expired, ...)
  --unlinked                no linked account
  --locale LOCALE           request locale (default en-US)
  --zone ZONE               the user's IANA time zone for dates (default America/New_York)
  --url URL                 a running service (run it with VERIFY_REQUESTS=false); default: start one here
  --bank-url URL            the FDX bank the service here talks to, path prefix included (default $BANK_API_URL,
                            else the embedded sandbox); pass that bank's test customer token with --token
  --pin-policy POLICY       off, session or always: voice PIN for the in-process service (default $PIN_POLICY or off)
  --secret SECRET           Dialogflow shared secret for --url (default $DIALOGFLOW_SECRET)
  --json                    print each raw request and response
  --explain                 print the intent and slots understood
  --record FILE             write the dialog to FILE as a transcript
  --replay FILE             replay a transcript on the day it was recorded; exit 1 with a diff if a reply changed
  --today YYYY-MM-DD        take this day as today, sandbox data included (default $SANDBOX_TODAY or today)
  --help                    this text`;

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (!found) throw new Error(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return found;
}

/** Reads the command line; throws with a message for the user when it does not make sense. */
export function parseOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): SimulatorOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      platform: { type: 'string', default: 'alexa' },
      token: { type: 'string' },
      unlinked: { type: 'boolean', default: false },
      locale: { type: 'string', default: 'en-US' },
      zone: { type: 'string' },
      url: { type: 'string' },
      'bank-url': { type: 'string' },
      'pin-policy': { type: 'string' },
      secret: { type: 'string' },
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      record: { type: 'string' },
      replay: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (!localeCatalogue(values.locale))
    throw new Error(`--locale: no intent catalogue for ${values.locale} (interaction-models/catalogue/locales)`);
  const zone = values.zone ?? env.DEFAULT_TIME_ZONE ?? 'America/New_York';
  if (!IANAZone.isValidZone(zone)) throw new Error(`--zone must be an IANA time zone, got "${zone}"`);
  if (values.unlinked && values.token) throw new Error('--token and --unlinked do not go together');
  const utterance = positionals.join(' ').trim() || undefined;
  if (values.replay && (utterance || values.record)) throw new Error('--replay takes no utterance and no --record');
  const today = values.today ?? env.SANDBOX_TODAY;
  if (today !== undefined && !DateTime.fromFormat(today, 'yyyy-MM-dd', { zone: 'utc' }).isValid)
    throw new Error(`--today must be a day YYYY-MM-DD, got "${today}"`);
  const secret = values.secret ?? env.DIALOGFLOW_SECRET;
  const bankUrl = values['bank-url'] ?? (env.BANK_API_URL || undefined);
  if (bankUrl !== undefined && !/^https?:\/\/[^/]/.test(bankUrl))
    throw new Error(`--bank-url must be an http or https URL, got "${bankUrl}"`);
  if (bankUrl !== undefined && values.url)
    throw new Error('--bank-url is for the service started here; --url names one already running');
  const skillId = env.ALEXA_SKILL_ID;
  return {
    platform: oneOf(values.platform, ['alexa', 'google'] as const, '--platform'),
    ...(values.unlinked ? {} : { token: values.token ?? 'demo-alex' }),
    pinPolicy: oneOf(
      values['pin-policy'] ?? env.PIN_POLICY ?? 'off',
      ['off', 'session', 'always'] as const,
      '--pin-policy',
    ),
    locale: values.locale,
    zone,
    json: values.json,
    explain: values.explain,
    help: values.help,
    ...(values.url ? { url: values.url } : {}),
    ...(bankUrl ? { bankUrl } : {}),
    ...(secret ? { secret } : {}),
    ...(skillId ? { skillId } : {}),
    ...(values.record ? { record: values.record } : {}),
    ...(values.replay ? { replay: values.replay } : {}),
    ...(utterance ? { utterance } : {}),
    ...(today ? { today } : {}),
  };
}
