import type { BankClient } from '../../shared/bank';
import type { RunContext } from '../context';
import type { Env, Settings } from '../options';
import type { Recorder } from '../runner';
import { startInProcess, type InProcessService } from '../service/in-process';
import { recordingPoster } from '../service/recording-poster';
import { delayedBank } from '../service/slow-bank';
import { bankQuestionsCheck, examplePhrasesCheck, slowBankCheck, type SlowBank } from './answer-checks';
import { conversationChecks } from './conversation-checks';
import { goldenChecks } from './golden';
import { hostileTextCheck } from './hostile-text';
import { speechCheck } from './speech-check';
import { Voice } from './voice';

/** How late a slow bank answers: beyond every budget, so only the deadlines can save the turn. */
const SLOW_MS = 6000;
/** Skill checks in flight at once. */
const CONCURRENT_CHECKS = 3;

/**
 * The configuration of the behaviour service. Verification is off here (the simulator cannot
 * sign like Alexa); the security checks run a second, verifying service.
 */
export function behaviourEnv(settings: Settings): Env {
  return {
    VERIFY_REQUESTS: 'false',
    LOG_LEVEL: 'debug',
    PIN_POLICY: 'off',
    STATE_STORE: 'memory',
    DEFAULT_TIME_ZONE: settings.zone,
    BANK_TIMEOUT_MS: String(settings.bankTimeoutMs),
    TURN_DEADLINE_MS: String(settings.turnDeadlineMs),
  };
}

/** For the sandbox its fault token; for an external bank the same answers, delayed in-process. */
async function slowBankFor(
  ctx: RunContext,
  voice: Voice,
  start: (bank: BankClient) => Promise<InProcessService>,
): Promise<SlowBank & { close(): Promise<void> }> {
  if (ctx.sandbox) {
    const token = `fault-slow-${SLOW_MS}`;
    ctx.seen.addToken(token);
    return {
      voice,
      token,
      how: `the sandbox answers ${SLOW_MS / 1000} s late (token ${token})`,
      close: async () => undefined,
    };
  }
  const service = await start(delayedBank(ctx.client, SLOW_MS));
  return {
    voice: new Voice(recordingPoster(service.url, ctx.posts), ctx.settings.zone, ctx.settings.clock),
    token: ctx.settings.token,
    close: () => service.close(),
    how: `every answer of the bank delayed ${SLOW_MS / 1000} s inside the service (a TCP proxy cannot front an https bank without breaking its certificate check)`,
  };
}

/**
 * Skill conformance, through both adapters of an in-process service pointed at the bank under
 * certification: the behaviours the platforms certify, the example phrases, answers from this
 * bank (in time, politely), a slow bank, the golden dialogs, then the SSML of every answer.
 */
export async function runSkillChecks(ctx: RunContext, recorder: Recorder): Promise<void> {
  const start = (overrides: Env, bank: BankClient = ctx.client): Promise<InProcessService> =>
    startInProcess({
      env: { ...behaviourEnv(ctx.settings), ...overrides },
      logger: ctx.capture.logger,
      bank,
      clock: ctx.settings.clock,
    });
  const service = await start({});
  const voice = new Voice(recordingPoster(service.url, ctx.posts), ctx.settings.zone, ctx.settings.clock);
  const slow = await slowBankFor(ctx, voice, (bank) => start({}, bank));
  try {
    // A few at a time: the checks time their answers, and a crowded event loop would slow them.
    await recorder.parallel(
      [
        slowBankCheck(ctx, slow),
        ...conversationChecks(ctx, voice),
        examplePhrasesCheck(ctx, voice),
        bankQuestionsCheck(ctx, voice),
        hostileTextCheck(ctx, service.url),
        ...goldenChecks(ctx, service, (overrides) => start(overrides)),
      ],
      CONCURRENT_CHECKS,
    );
    await recorder.sequential([speechCheck(ctx)]);
  } finally {
    await slow.close();
    await service.close();
  }
}
