import { readAlexaResponse } from '../../simulator/platforms/alexa';
import { readWebhookResponse } from '../../simulator/platforms/google';
import type { Reply } from '../../simulator/platforms/types';
import type { RunContext } from '../context';
import { clip, MIN_TOKEN_LENGTH, splitTokens } from '../mask';
import { count } from '../report/format';
import { fail, pass } from '../runner';
import type { CheckSpec } from '../types';
import { firstLeak, needlesFor } from './log-scan';

const privacy = (name: string, run: CheckSpec['run']): CheckSpec => ({ name, area: 'security', level: 'required', run });

/** Every log line of the run (debug level, every service and client) is free of tokens, amounts, account numbers and PINs. */
export function logScanCheck(ctx: RunContext): CheckSpec {
  return privacy('the logs carry no token, amount, account-number fragment or PIN', async () => {
    const lines = ctx.capture.lines;
    const { seen } = ctx;
    const { scanned, tooShort } = splitTokens(seen.tokens);
    const notes = [
      `${count(lines.length)} log lines at debug level from every in-process service and bank client of the run`,
      `looked for ${scanned.length} token(s) and secret(s) by their exact value, ${count(seen.amounts.size)} amount(s) the bank sent, ${seen.last4s.size + seen.maskedNumbers.size} account-number fragment(s), ${seen.pins.size} PIN(s), and Authorization headers`,
    ];
    if (tooShort > 0) notes.push(shortTokenWarning(tooShort));
    if (lines.length === 0) return fail('no log lines were captured', { notes });
    if (seen.amounts.size === 0 && seen.last4s.size === 0) notes.push('the bank sent no amounts or account numbers this run: only tokens and PINs were looked for');
    const leak = firstLeak(lines, needlesFor(seen));
    if (leak) return fail(`log line ${count(leak.line)} ("${leak.message}") carries a ${leak.kind}`, { notes });
    return pass(`${count(lines.length)} lines scanned, nothing found`, { notes });
  });
}

/** The warning a run with a token too short to scan for carries, in this check and at the top of the report. */
export function shortTokenWarning(tooShort: number): string {
  return `warning: ${tooShort} token(s) shorter than ${MIN_TOKEN_LENGTH} characters were not looked for in the logs and are not masked in text (they would match ordinary text); Authorization headers were still looked for`;
}

/** What a person hears and reads in one answer: speech, reprompt and card. */
function textsOf(reply: Reply): string[] {
  return [reply.speech, reply.reprompt ?? '', reply.card ? `${reply.card.title} ${reply.card.text}` : ''].filter((text) => text !== '');
}

/** No answer says or shows more than four digits in a row, money amounts apart. */
export function digitsCheck(ctx: RunContext): CheckSpec {
  return privacy('no speech or card carries more than four digits in a row, amounts apart', async () => {
    const texts = ctx.posts.filter((post) => post.status === 200)
      .flatMap((post) => textsOf(post.path === '/alexa' ? readAlexaResponse(post.body) : readWebhookResponse(post.body)));
    const notes = [`${count(texts.length)} spoken and card texts from ${count(ctx.posts.length)} answers`];
    if (texts.length === 0) return fail('no answers were recorded', { notes });
    const long = texts.find((text) => /\d{5,}/.test(text.replace(/\$[\d,]+(?:\.\d\d)?/g, '')));
    return long === undefined ? pass('only last-four digits and money amounts', { notes }) : fail('a long number in an answer', { response: clip(long, 200), notes });
  });
}
