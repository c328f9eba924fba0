import type { Poster } from '../../simulator/platforms/types';
import type { RunContext } from '../context';
import { clip } from '../mask';
import { fail, notApplicable, pass } from '../runner';
import { recordingPoster } from '../service/recording-poster';
import { sayTimed, Voice, type Heard } from '../skill/voice';
import type { CheckSpec, Outcome } from '../types';
import { balanceMoves, movementPair, newTransfers, readBank, type BankView } from './movement-readback';
import type { StartMovement } from './movement-services';
import { RACE_PIN } from './pin-race';

export { movementServices, type MovementServices, type StartMovement } from './movement-services';

/** How many times the confirming request is sent at once. */
export const DUPLICATES = 20;
const DONE = /^Done: |^Your bank has accepted /;
const IN_PROGRESS = /already on its way to your bank/;
const CANCELLED = /I've cancelled that\. No money was moved\./;

/** One turn, for the evidence. */
export const line = (heard: Heard): string =>
  `${heard.platform} "${heard.text}" → HTTP ${heard.status}: "${clip(heard.reply.speech, 140)}"`;

type Answer = { status: number; body: unknown };

/** A poster that, once armed, sends one request `copies` times at once, alternating between the instances; `resend` sends that request once more (to the last). */
function burstPoster(
  ctx: RunContext,
  urls: readonly string[],
): { post: Poster; arm: (copies: number) => void; resend: () => Promise<Answer | undefined>; answers: Answer[] } {
  const posters = urls.map((url) => recordingPoster(url, ctx.posts));
  let copies = 0;
  let last: Parameters<Poster> | undefined;
  const answers: Answer[] = [];
  const post: Poster = async (...request) => {
    if (copies === 0) return (posters[0] as Poster)(...request);
    last = request;
    const all = await Promise.all(
      Array.from({ length: copies }, (_, i) => (posters[i % posters.length] as Poster)(...request)),
    );
    copies = 0;
    answers.push(...all);
    return all[0] as Answer;
  };
  const resend = async (): Promise<Answer | undefined> => (last ? (posters.at(-1) as Poster)(...last) : undefined);
  return {
    post,
    answers,
    resend,
    arm: (n) => {
      copies = n;
    },
  };
}

interface Prepared {
  readonly voice: Voice;
  readonly heard: Heard[];
  readonly conversation: ReturnType<Voice['open']>;
}

/** Asks for the transfer of one dollar, gives the PIN (setting it first when there is none), and stops at the confirmation. */
async function prepare(
  ctx: RunContext,
  post: Poster,
  lastFours: readonly [string, string],
): Promise<Prepared | { problem: string; heard: Heard[] }> {
  const voice = new Voice(post, ctx.settings.zone, ctx.settings.clock);
  const conversation = voice.open('alexa', ctx.settings.token);
  const heard = [
    await sayTimed(
      conversation,
      'alexa',
      `transfer 1 dollars from the account ending in ${lastFours[0]} to the account ending in ${lastFours[1]}`,
    ),
  ];
  for (let i = 0; i < 2 && !/^To confirm: move/.test(heard.at(-1)?.reply.speech ?? ''); i += 1) {
    heard.push(await sayTimed(conversation, 'alexa', `my pin is ${RACE_PIN}`));
  }
  if (!/^(?:Your voice PIN is set\. )?To confirm: move/.test(heard.at(-1)?.reply.speech ?? ''))
    return { problem: 'the service did not reach the confirmation of a one-dollar transfer', heard };
  return { voice, heard, conversation };
}

type Judge = (
  before: BankView,
  after: BankView,
  prepared: Prepared,
  said: Heard[],
  extra: { answers: Answer[]; shared: string; late?: Answer },
) => Outcome;

/** Runs one movement scenario and reads the bank before and after. */
async function scenario(
  ctx: RunContext,
  start: StartMovement,
  final: (p: Prepared, arm: (n: number) => void) => Promise<Heard[]>,
  judge: Judge,
): Promise<Outcome> {
  if ((ctx.settings.env.MONEY_MOVEMENT ?? 'off').toLowerCase() !== 'on') {
    return notApplicable(
      'the service under test has MONEY_MOVEMENT off (the default): it moves no money, so there is nothing to move twice',
    );
  }
  const pair = movementPair(await ctx.client.listAccounts(ctx.settings.token));
  if (!pair)
    return notApplicable('the test customer has no two open deposit accounts with last fours to move money between');
  const { from, to } = pair;
  const services = await start();
  try {
    const burst = burstPoster(ctx, services.urls);
    const before = await readBank(ctx.raw, ctx.settings.token, from.id, to.id);
    if (before.problem) return fail(`the bank's transfers could not be read: ${before.problem}`);
    const prepared = await prepare(ctx, burst.post, [from.last4 ?? '', to.last4 ?? '']);
    if ('problem' in prepared) return fail(prepared.problem, { notes: prepared.heard.map(line) });
    const said = await final(prepared, burst.arm);
    // Once the burst is answered: the same request again, as a platform retry would send it.
    const late = await burst.resend();
    const after = await readBank(ctx.raw, ctx.settings.token, from.id, to.id);
    if (after.problem) return fail(`the bank's transfers could not be read back: ${after.problem}`);
    return judge(before, after, prepared, said, {
      answers: burst.answers,
      shared: services.shared,
      ...(late ? { late } : {}),
    });
  } finally {
    await services.close();
  }
}

const speechOf = (answer: { body: unknown }): string => {
  const response = (answer.body as { response?: { outputSpeech?: { ssml?: string } } } | undefined)?.response;
  return (response?.outputSpeech?.ssml ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
};

function readbackNotes(ctx: RunContext, before: BankView, after: BankView): string[] {
  const [fromMove, toMove] = balanceMoves(before, after);
  const cents = (n: number | undefined): string => (n === undefined ? 'not sent' : `${n > 0 ? '+' : ''}${n} cents`);
  return [
    `read back over FDX: GET /transfers (searchFromAccountIds, searchToAccountIds) listed ${before.transferIds.length} before and ${after.transferIds.length} after; new: ${newTransfers(before, after).length}`,
    `currentBalance moved by ${cents(fromMove)} (from) and ${cents(toMove)} (to)${ctx.sandbox ? '' : ' (a real bank may post later: the transfer list decides)'}`,
  ];
}

/** Exactly one transfer when the same "yes" arrives 20 times at once (on two instances when they can share Redis); every duplicate gets the recorded result. */
export function exactlyOnceCheck(ctx: RunContext, start: StartMovement): CheckSpec {
  return {
    name: `money moves exactly once when the same confirmation arrives ${DUPLICATES} times at once`,
    area: 'security',
    level: 'required',
    run: () =>
      scenario(
        ctx,
        start,
        async (p, arm) => {
          arm(DUPLICATES);
          const first = await sayTimed(p.conversation, 'alexa', 'yes');
          return [first];
        },
        (before, after, prepared, _said, { answers, late, shared }) => {
          const created = newTransfers(before, after);
          const speeches = answers.map(speechOf);
          const done = speeches.filter((s) => DONE.test(s));
          const waiting = speeches.filter((s) => IN_PROGRESS.test(s)).length;
          const distinctDone = new Set(done);
          const [fromMove, toMove] = balanceMoves(before, after);
          const notes = [
            ...prepared.heard.map(line),
            `"yes" sent ${DUPLICATES} times at once (same Alexa request id and session); ${shared}, one audit log`,
            `${done.length} answer(s) with the recorded result, ${waiting} "already on its way", ${speeches.length - done.length - waiting} other`,
            ...[...new Set(speeches)].map((s) => `heard: "${clip(s, 140)}"`),
            `the same request once more after the burst: "${clip(late ? speechOf(late) : 'not sent', 140)}"`,
            ...readbackNotes(ctx, before, after),
          ];
          if (created.length !== 1)
            return fail(
              `the bank lists ${created.length} new transfer(s) between the two accounts after ${DUPLICATES} identical confirmations`,
              { notes },
            );
          if (ctx.sandbox && (fromMove !== -100 || toMove !== 100))
            return fail('the balances did not move by exactly one dollar each', { notes });
          if (answers.some((a) => a.status !== 200)) return fail('a duplicate was not answered HTTP 200', { notes });
          if (done.length === 0 || distinctDone.size !== 1)
            return fail(`the duplicates did not all get one recorded result (${distinctDone.size} different results)`, {
              notes,
            });
          if (done.length + waiting !== speeches.length)
            return fail('a duplicate got an answer that is neither the recorded result nor "on its way"', { notes });
          if (!late || speechOf(late) !== done[0])
            return fail('the same request sent again after the burst did not get the recorded result', { notes });
          return pass(
            `one transfer at the bank; ${done.length} of ${DUPLICATES} duplicates got the recorded result, ${waiting} heard it was on its way; a late repeat got the recorded result`,
            { notes },
          );
        },
      ),
  };
}

/** A confirmation answered "no" moves nothing. */
export function declinedCheck(ctx: RunContext, start: StartMovement): CheckSpec {
  return {
    name: 'a declined confirmation moves no money',
    area: 'security',
    level: 'required',
    run: () =>
      scenario(
        ctx,
        start,
        async (p) => [await sayTimed(p.conversation, 'alexa', 'no')],
        (before, after, prepared, said) => {
          const created = newTransfers(before, after);
          const [fromMove, toMove] = balanceMoves(before, after);
          const notes = [...prepared.heard.map(line), ...said.map(line), ...readbackNotes(ctx, before, after)];
          if (!CANCELLED.test(said[0]?.reply.speech ?? ''))
            return fail('"no" was not answered as cancelled', { notes });
          if (created.length !== 0)
            return fail(`the bank lists ${created.length} new transfer(s) after a declined confirmation`, { notes });
          if ((fromMove ?? 0) !== 0 || (toMove ?? 0) !== 0)
            return fail('a balance moved after a declined confirmation', { notes });
          return pass('cancelled; the bank lists no new transfer and both balances are unchanged', { notes });
        },
      ),
  };
}
