import { randomBytes } from 'node:crypto';
import type { StateStore } from '../../shared/state';
import type { Settings } from '../options';
import type { RunContext } from '../context';
import { clip } from '../mask';
import { fail, pass } from '../runner';
import { startInProcess, type InProcessService } from '../service/in-process';
import { recordingPoster } from '../service/recording-poster';
import { sharedStores } from '../service/shared-store';
import { behaviourEnv } from '../skill';
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
export type RaceContext = Pick<RunContext, 'posts' | 'seen'> & {
  readonly settings: Pick<Settings, 'token' | 'zone' | 'clock'>;
};
/** The instances of a race (two sharing Redis, or one), with PIN_POLICY=session. */
export interface RaceServices {
  readonly urls: readonly string[];
  readonly maxAttempts: number;
  /** What they share, for the evidence. */
  readonly shared: string;
  close(): Promise<void>;
}
export type StartRace = () => Promise<RaceServices>;

/**
 * The run's pair of race instances: like the behaviour service, with PIN_POLICY=session, a
 * STATE_KEY_SECRET of this run (instances sharing a store must share it), and one state store
 * (the Redis of STATE_STORE when configured, else memory). `wrap` changes the store (tests break it).
 */
export function raceServices(ctx: RunContext, wrap: (store: StateStore) => StateStore = (store) => store): StartRace {
  return async () => {
    const { settings } = ctx;
    const keySecret = randomBytes(24).toString('base64url');
    ctx.seen.addToken(keySecret);
    const env = { ...behaviourEnv(settings), PIN_POLICY: 'session', STATE_KEY_SECRET: keySecret };
    const stores = sharedStores(settings.env, ctx.capture.logger, settings.clock);
    const services: InProcessService[] = [];
    const close = async (): Promise<void> => {
      await Promise.all(services.map((service) => service.close()));
      await stores.close();
    };
    try {
      for (const store of stores.stores)
        services.push(
          await startInProcess({
            env,
            logger: ctx.capture.logger,
            bank: ctx.client,
            clock: settings.clock,
            store: wrap(store),
          }),
        );
    } catch (error) {
      await close();
      throw error;
    }
    return {
      urls: services.map((service) => service.url),
      maxAttempts: services[0]?.config.pinMaxAttempts ?? 0,
      shared: stores.shared,
      close,
    };
  };
}

const line = (heard: Heard): string =>
  `${heard.platform} "${heard.text}" → HTTP ${heard.status}: "${clip(heard.reply.speech, 120)}"`;

/** Sets the customer's voice PIN in one conversation; undefined when it worked, else what was heard. */
async function enrol(voice: Voice, token: string): Promise<Heard[] | undefined> {
  const conversation = voice.open('alexa', token);
  const steps: ReadonlyArray<readonly [string, RegExp]> = [
    [ASK, /set up a four-digit voice PIN/],
    [`my pin is ${RACE_PIN}`, /same four digits again/],
    [`my pin is ${RACE_PIN}`, /Your voice PIN is set/],
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

/** `count` conversations over every platform and instance in turn, each at the PIN prompt of the same question. */
async function atPrompt(
  voices: readonly Voice[],
  token: string,
  count: number,
): Promise<{ conversation: ReturnType<Voice['open']>; platform: Platform; heard: Heard }[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const platform: Platform = i % 2 === 0 ? 'alexa' : 'google';
      const voice = voices[Math.floor(i / 2) % voices.length] as Voice;
      const conversation = voice.open(platform, token);
      return { conversation, platform, heard: await sayTimed(conversation, platform, ASK) };
    }),
  );
}

/**
 * Many wrong PINs at the same moment, for one linked customer, over Alexa and Dialogflow: the
 * lockout must count every attempt (the service consumes an attempt atomically before it checks
 * a PIN), so no more than PIN_MAX_ATTEMPTS wrong PINs are ever checked, every other guess is
 * refused as locked, and the right PIN after the lock is refused too. Runs on instances of its own
 * ({@link raceServices}: two over the configured Redis, else one), so no other check shares its lock.
 */
export function pinRaceCheck(ctx: RaceContext, start: StartRace): CheckSpec {
  return {
    name: 'concurrent wrong PINs are all counted: at most PIN_MAX_ATTEMPTS are checked, then even the right PIN is refused',
    area: 'security',
    level: 'required',
    run: async () => {
      ctx.seen.notePins(`${RACE_PIN} ${WRONG_PIN}`);
      const services = await start();
      try {
        const max = services.maxAttempts;
        const guessers = Math.max(12, 4 * max);
        const voices = services.urls.map(
          (url) => new Voice(recordingPoster(url, ctx.posts), ctx.settings.zone, ctx.settings.clock),
        );
        const voice = voices[0] as Voice;
        const other = voices.at(-1) as Voice;
        const { token } = ctx.settings;
        const notEnrolled = await enrol(voice, token);
        if (notEnrolled !== undefined) {
          const first = notEnrolled.at(-1);
          return fail(
            `the PIN could not be set up for the race; the service said "${clip(first?.reply.speech ?? '', 100)}"`,
            { notes: notEnrolled.map(line) },
          );
        }
        // One more at the prompt, held back: it says the right PIN once the lock is on.
        const prompts = await atPrompt(voices, token, guessers + 1);
        const noPrompt = prompts.find((p) => !PIN_PROMPT.test(p.heard.reply.speech));
        if (noPrompt) return fail('a conversation was not asked for the PIN', { notes: [line(noPrompt.heard)] });
        const [held, ...racing] = prompts;
        const burst = await Promise.all(
          racing.map((p) => sayTimed(p.conversation, p.platform, `my pin is ${WRONG_PIN}`)),
        );
        const checked = burst.filter((h) => CHECKED_WRONG.test(h.reply.speech)).length;
        const refused = burst.filter((h) => !CHECKED_WRONG.test(h.reply.speech) && LOCKED.test(h.reply.speech)).length;
        const right = held ? await sayTimed(held.conversation, held.platform, `my pin is ${RACE_PIN}`) : undefined;
        const fresh = (await other.dialog('google', token, [ASK]))[0];
        const notes = [
          `PIN_MAX_ATTEMPTS=${max}; ${guessers} conversations (Alexa and Dialogflow alternating; ${services.shared}) at the PIN prompt sent a wrong PIN at the same moment`,
          `${checked} guess(es) checked and answered wrong, ${refused} refused as locked, ${guessers - checked - refused} answered otherwise`,
          ...burst.filter((h, i, all) => all.findIndex((o) => o.reply.speech === h.reply.speech) === i).map(line),
          ...(right ? [`the right PIN after the lock: ${line(right)}`] : []),
          ...(fresh ? [`a new conversation after the lock: ${line(fresh)}`] : []),
        ];
        if (checked > max)
          return fail(
            `${checked} wrong PINs were checked at once, more than PIN_MAX_ATTEMPTS=${max}: the lockout did not count every attempt`,
            { notes },
          );
        if (checked === 0 || checked + refused !== guessers)
          return fail(
            `of ${guessers} wrong PINs, ${checked} were checked and ${refused} refused as locked; the rest got another answer`,
            { notes },
          );
        if (!right || !LOCKED.test(right.reply.speech))
          return fail('the right PIN after the lock was not refused', { notes });
        if (!fresh || !LOCKED.test(fresh.reply.speech))
          return fail('a new conversation after the lock was not refused', { notes });
        return pass(
          `${checked} of ${guessers} concurrent wrong PINs checked (PIN_MAX_ATTEMPTS=${max}), ${refused} refused; the right PIN and a new conversation refused while locked`,
          { notes },
        );
      } finally {
        await services.close();
      }
    },
  };
}
