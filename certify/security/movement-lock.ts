import type { RunContext } from '../context';
import { fail, notApplicable, pass } from '../runner';
import { recordingPoster } from '../service/recording-poster';
import { sayTimed, Voice, type Heard } from '../skill/voice';
import type { CheckSpec } from '../types';
import { line } from './movement';
import { movementPair } from './movement-readback';
import type { StartMovement } from './movement-services';
import { RACE_PIN } from './pin-race';

/**
 * With a PIN on reads too (PIN_POLICY session or always): wrong PINs at a balance question lock
 * the customer, and a transfer asked for next must be refused by the same lock, not offer fresh
 * tries (the movement PIN is meant to share the read PIN's counters).
 */
export function lockStopsMovementCheck(ctx: RunContext, start: StartMovement): CheckSpec {
  return {
    name: 'a PIN lock from wrong PINs at a balance question also stops money movement',
    area: 'security',
    level: 'required',
    run: async () => {
      const policy = (ctx.settings.env.PIN_POLICY ?? 'off').toLowerCase();
      if ((ctx.settings.env.MONEY_MOVEMENT ?? 'off').toLowerCase() !== 'on')
        return notApplicable('the service under test has MONEY_MOVEMENT off (the default)');
      if (policy === 'off')
        return notApplicable(
          'the service under test has PIN_POLICY=off: only money movement asks for a PIN, so there is one lock',
        );
      const pair = movementPair(await ctx.client.listAccounts(ctx.settings.token));
      if (!pair)
        return notApplicable(
          'the test customer has no two open deposit accounts with last fours to move money between',
        );
      const services = await start();
      try {
        const voice = new Voice(
          recordingPoster(services.urls[0] ?? '', ctx.posts),
          ctx.settings.zone,
          ctx.settings.clock,
        );
        const { token } = ctx.settings;
        const wrong = '9173';
        ctx.seen.notePins(wrong);
        const set = await voice.dialog('alexa', token, [
          'what accounts do I have',
          `my pin is ${RACE_PIN}`,
          `my pin is ${RACE_PIN}`,
        ]);
        const asking = voice.open('alexa', token);
        const guesses = [await sayTimed(asking, 'alexa', 'what accounts do I have')];
        const isLocked = (h: Heard): boolean => /account details are (?:now )?locked/.test(h.reply.speech);
        for (let i = 0; i < 10 && !isLocked(guesses.at(-1) as Heard); i += 1)
          guesses.push(await sayTimed(asking, 'alexa', `my pin is ${wrong}`));
        const locked = guesses.findIndex(isLocked);
        const [from, to] = [pair.from.last4 ?? '', pair.to.last4 ?? ''];
        const transfer = await voice.dialog('alexa', token, [
          `transfer 1 dollars from the account ending in ${from} to the account ending in ${to}`,
          `my pin is ${RACE_PIN}`,
        ]);
        const notes = [...set, ...guesses, ...transfer].map(line);
        if (locked < 0) return fail('wrong PINs at a balance question did not lock the customer', { notes });
        const asked = transfer.findIndex(
          (h) =>
            /^(?:Your voice PIN is set\. )?To confirm: move/.test(h.reply.speech) ||
            /say your four-digit voice PIN/.test(h.reply.speech),
        );
        if (asked >= 0)
          return fail(
            'after the lock, the transfer still asked for the PIN or reached its confirmation: money movement counts wrong PINs apart from the read PIN',
            { notes },
          );
        if (!/locked/.test(transfer[0]?.reply.speech ?? ''))
          return fail('after the lock, the transfer was not refused as locked', { notes });
        return pass(
          `locked after ${locked} wrong PIN(s) at a balance question; the transfer was refused by the same lock (PIN_POLICY=${policy}; ${services.shared})`,
          { notes },
        );
      } finally {
        await services.close();
      }
    },
  };
}
