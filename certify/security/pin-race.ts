import type { Settings } from '../options';
import type { Env } from '../options';
import type { RunContext } from '../context';
import { clip } from '../mask';
import { fail, pass } from '../runner';
import type { InProcessService } from '../service/in-process';
import { recordingPoster } from '../service/recording-poster';
import type { CheckSpec } from '../types';
import { sayTimed, Voice, type Heard, type Platform } from '../skill/voice';

/** The PIN the run enrols and the wrong one it guesses (neither trivial, neither the other). */
export const RACE_PIN = '4826';
const WRONG_PIN = '9173';
const ASK = 'what accounts do I have';

/** The service's replies, as its en-US catalogue says them (shared/speech/messages-en-us-pin.ts). */
const CHECKED_WRONG = /That PIN isn't right/;
const LOCKED = /account details are (?:now )?locked|locked after too many wrong PINs/;
const PIN_PROMPT = /say your four-digit voice PIN/;

/** What the race needs from a run: who speaks, where answers are kept, and the PINs to mask. */
export type RaceContext = Pick<RunContext, 'posts' | 'seen'> & { readonly settings: Pick<Settings, 'token' | 'zone' | 'clock'> };
/** Starts a service like the run's behaviour service, with some settings changed. */
export type StartWith = (overrides: Env) => Promise<InProcessService>;

const line = (heard: Heard): string => `${heard.platform} "${heard.text}" → HTTP ${heard.status}: "${clip(heard.reply.speech, 120)}"`;

/** Sets the customer's voice PIN in one conversation; undefined when it worked, else what was heard. */
async function enrol(voice: Voice, token: string): Promise<Heard[] | undefined> {
  const conversation = voice.open('alexa', token);
  const steps: ReadonlyArray<readonly [string, RegExp]> = [
    [ASK, /set up a four-digit voice PIN/], [`my pin is ${RACE_PIN}`, /same four digits again/], [`my pin is ${RACE_PIN}`, /Your voice PIN is set/],
  ];
  const heard: Heard[] = [];
  for (const [text, expected] of steps) {
    const turn = await sayTimed(conversation, 'alexa', text);
    heard.push(turn);
    // Stop at the first unexpected answer: a bank that fails would only fail again, slowly.
    if (!expected.test(turn.reply.speech)) return heard;
  }
  return undefined;
}

/** `count` conversations on alternating platforms, each at the PIN prompt of the same question. */
async function atPrompt(voice: Voice, token: string, count: number): Promise<{ conversation: ReturnType<Voice['open']>; platform: Platform; heard: Heard }[]> {
  return Promise.all(Array.from({ length: count }, async (_, i) => {
    const platform: Platform = i % 2 === 0 ? 'alexa' : 'google';
    const conversation = voice.open(platform, token);
    return { conversation, platform, heard: await sayTimed(conversation, platform, ASK) };
  }));
}

/**
 * Many wrong PINs at the same moment, for one linked customer, over Alexa and Dialogflow: the
 * lockout must count every attempt (the service consumes an attempt atomically before it checks
 * a PIN), so no more than PIN_MAX_ATTEMPTS wrong PINs are ever checked, every other guess is
 * refused as locked, and the right PIN after the lock is refused too. Runs on a service of its own
 * (PIN_POLICY=session, a memory store of its own), so no other check shares its lock.
 */
export function pinRaceCheck(ctx: RaceContext, start: StartWith): CheckSpec {
  return {
    name: 'concurrent wrong PINs are all counted: at most PIN_MAX_ATTEMPTS are checked, then even the right PIN is refused', area: 'security', level: 'required',
    run: async () => {
      ctx.seen.notePins(`${RACE_PIN} ${WRONG_PIN}`);
      const service = await start({ PIN_POLICY: 'session' });
      try {
        const max = service.config.pinMaxAttempts;
        const guessers = Math.max(12, 4 * max);
        const voice = new Voice(recordingPoster(service.url, ctx.posts), ctx.settings.zone, ctx.settings.clock);
        const { token } = ctx.settings;
        const notEnrolled = await enrol(voice, token);
        if (notEnrolled !== undefined) {
          const first = notEnrolled.at(-1);
          return fail(`the PIN could not be set up for the race; the service said "${clip(first?.reply.speech ?? '', 100)}"`, { notes: notEnrolled.map(line) });
        }
        // One more at the prompt, held back: it says the right PIN once the lock is on.
        const prompts = await atPrompt(voice, token, guessers + 1);
        const noPrompt = prompts.find((p) => !PIN_PROMPT.test(p.heard.reply.speech));
        if (noPrompt) return fail('a conversation was not asked for the PIN', { notes: [line(noPrompt.heard)] });
        const [held, ...racing] = prompts;
        const burst = await Promise.all(racing.map((p) => sayTimed(p.conversation, p.platform, `my pin is ${WRONG_PIN}`)));
        const checked = burst.filter((h) => CHECKED_WRONG.test(h.reply.speech)).length;
        const refused = burst.filter((h) => !CHECKED_WRONG.test(h.reply.speech) && LOCKED.test(h.reply.speech)).length;
        const right = held ? await sayTimed(held.conversation, held.platform, `my pin is ${RACE_PIN}`) : undefined;
        const fresh = (await voice.dialog('google', token, [ASK]))[0];
        const notes = [
          `PIN_MAX_ATTEMPTS=${max}; ${guessers} conversations (Alexa and Dialogflow alternating) at the PIN prompt sent a wrong PIN at the same moment`,
          `${checked} guess(es) checked and answered wrong, ${refused} refused as locked, ${guessers - checked - refused} answered otherwise`,
          ...burst.filter((h, i, all) => all.findIndex((o) => o.reply.speech === h.reply.speech) === i).map(line),
          ...(right ? [`the right PIN after the lock: ${line(right)}`] : []),
          ...(fresh ? [`a new conversation after the lock: ${line(fresh)}`] : []),
        ];
        if (checked > max) return fail(`${checked} wrong PINs were checked at once, more than PIN_MAX_ATTEMPTS=${max}: the lockout did not count every attempt`, { notes });
        if (checked === 0 || checked + refused !== guessers) return fail(`of ${guessers} wrong PINs, ${checked} were checked and ${refused} refused as locked; the rest got another answer`, { notes });
        if (!right || !LOCKED.test(right.reply.speech)) return fail('the right PIN after the lock was not refused', { notes });
        if (!fresh || !LOCKED.test(fresh.reply.speech)) return fail('a new conversation after the lock was not refused', { notes });
        return pass(`${checked} of ${guessers} concurrent wrong PINs checked (PIN_MAX_ATTEMPTS=${max}), ${refused} refused; the right PIN and a new conversation refused while locked`, { notes });
      } finally {
        await service.close();
      }
    },
  };
}
