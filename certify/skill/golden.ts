import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatMismatches, replay } from '../../simulator/replay';
import { readTranscript, type Transcript } from '../../simulator/transcript';
import { faultFor } from '../../sandbox';
import { endpointUrl } from '../../shared/bank/url';
import { listedAccounts } from '../bank/accounts';
import { walkPages } from '../bank/pages';
import type { RunContext } from '../context';
import { repoRoot } from '../paths';
import type { Env } from '../options';
import { fail, notApplicable, pass } from '../runner';
import type { InProcessService } from '../service/in-process';
import { recordingPoster } from '../service/recording-poster';
import type { CheckSpec } from '../types';
import { PLATFORMS, type Platform } from './voice';

/** The golden dialogs: the kit's own (the tests replay the same files). */
export const DIALOGS_DIR = join(repoRoot(), 'certify', 'dialogs');

/** Starts another in-process service like the shared one, with some settings changed. */
export type StartService = (overrides: Env) => Promise<InProcessService>;

const golden = (name: string, run: CheckSpec['run']): CheckSpec => ({ name, area: 'skill', level: 'required', run });

/** Replays one dialog on one platform; a PIN policy gets a service (and PIN store) of its own. */
async function replayOn(
  ctx: RunContext,
  transcript: Transcript,
  platform: Platform,
  shared: InProcessService,
  start: StartService,
): Promise<string | undefined> {
  const policy = transcript.pinPolicy ?? 'off';
  const service = policy === 'off' ? shared : await start({ PIN_POLICY: policy });
  try {
    const mismatches = await replay(transcript, {
      platform,
      post: recordingPoster(service.url, ctx.posts),
      zone: ctx.settings.zone,
      clock: ctx.settings.clock,
    });
    return mismatches.length === 0 ? undefined : formatMismatches(mismatches, platform);
  } finally {
    if (service !== shared) await service.close();
  }
}

/**
 * Reads a demo customer's accounts and balances over raw HTTP once, so the log scan also knows
 * the amounts and account numbers the dialogs made the service handle. Fault tokens are skipped.
 */
function observer(ctx: RunContext): (token: string | undefined) => Promise<void> {
  const seen = new Map<string, Promise<void>>();
  const observe = async (token: string): Promise<void> => {
    const walk = await walkPages(ctx.raw, token, '/accounts', {}, 'accounts');
    await Promise.all(
      listedAccounts(walk.items).map((a) =>
        ctx.raw.get(endpointUrl(ctx.raw.base, `/accounts/${encodeURIComponent(a.id)}`), token),
      ),
    );
  };
  return (token) => {
    if (token === undefined || faultFor(token) !== undefined) return Promise.resolve();
    const running = seen.get(token) ?? observe(token);
    seen.set(token, running);
    return running;
  };
}

function dialogCheck(
  ctx: RunContext,
  path: string,
  shared: InProcessService,
  start: StartService,
  observe: (token: string | undefined) => Promise<void>,
): CheckSpec {
  const name = basename(path, '.json');
  return golden(`golden dialog ${name} replays on its platforms`, async () => {
    const transcript = readTranscript(path);
    ctx.seen.addToken(transcript.token);
    for (const turn of transcript.turns) ctx.seen.notePins(turn.user);
    await observe(transcript.token);
    const platforms = PLATFORMS.filter((p) => !transcript.platforms || transcript.platforms.includes(p));
    const diffs = (await Promise.all(platforms.map((p) => replayOn(ctx, transcript, p, shared, start)))).filter(
      (d): d is string => d !== undefined,
    );
    const notes = [
      `${transcript.turns.length} turn(s) on ${platforms.join(' and ')}${transcript.pinPolicy ? `, PIN_POLICY=${transcript.pinPolicy}` : ''}`,
    ];
    if (diffs.length > 0)
      return fail(`${diffs.length} platform(s) differ from the dialog`, { notes: [...notes, ...diffs] });
    return pass(transcript.description ?? 'every reply matches', { notes });
  });
}

/**
 * One check per golden dialog (certify/dialogs/*.json), replayed through the simulator on both
 * platforms. They are written for the sandbox's demo customers, so an external bank gets one
 * not-applicable check instead.
 */
export function goldenChecks(ctx: RunContext, shared: InProcessService, start: StartService): CheckSpec[] {
  const files = existsSync(DIALOGS_DIR)
    ? readdirSync(DIALOGS_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  if (!ctx.sandbox || files.length === 0) {
    const why = ctx.sandbox
      ? 'no golden dialogs found in certify/dialogs'
      : "the golden dialogs are tied to the sandbox's demo customers";
    return [golden('golden dialogs replay on their platforms', async () => notApplicable(why))];
  }
  const observe = observer(ctx);
  return files.map((file) => dialogCheck(ctx, join(DIALOGS_DIR, file), shared, start, observe));
}
