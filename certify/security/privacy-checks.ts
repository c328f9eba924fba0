import type { RunContext } from '../context';
import { clip, MIN_TOKEN_LENGTH, splitTokens } from '../mask';
import { count } from '../report/format';
import { fail, pass } from '../runner';
import type { CheckSpec } from '../types';
import { speechesOf } from '../skill/speech-check';
import { ALLOWED_SSML, longNumbers, ssmlXmlProblems, textsOf } from './answer-texts';
import { firstLeak, needlesFor } from './log-scan';

const privacy = (name: string, run: CheckSpec['run']): CheckSpec => ({
  name,
  area: 'security',
  level: 'required',
  run,
});

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
    if (seen.amounts.size === 0 && seen.last4s.size === 0)
      notes.push('the bank sent no amounts or account numbers this run: only tokens and PINs were looked for');
    const leak = firstLeak(lines, needlesFor(seen));
    if (leak) return fail(`log line ${count(leak.line)} ("${leak.message}") carries a ${leak.kind}`, { notes });
    return pass(`${count(lines.length)} lines scanned, nothing found`, { notes });
  });
}

/** The warning a run with a token too short to scan for carries, in this check and at the top of the report. */
export function shortTokenWarning(tooShort: number): string {
  return `warning: ${tooShort} token(s) shorter than ${MIN_TOKEN_LENGTH} characters were not looked for in the logs and are not masked in text (they would match ordinary text); Authorization headers were still looked for`;
}

/** No answer says or shows a number of more than four digits, however it is punctuated; amounts, dates and times apart. */
export function digitsCheck(ctx: RunContext): CheckSpec {
  return privacy(
    'no speech or card carries a number of more than four digits, punctuated or not (amounts, dates and times apart)',
    async () => {
      const texts = ctx.posts.flatMap(textsOf);
      const notes = [
        `${count(texts.length)} spoken and card texts from ${count(ctx.posts.length)} answers`,
        'digits joined by spaces, dashes, dots or slashes count as one number (4111-1111-1111-1111, acct 1234.5678.9012)',
      ];
      if (texts.length === 0) return fail('no answers were recorded', { notes });
      const long = texts.flatMap((text) => longNumbers(text).map((digits) => ({ text, digits })));
      if (long.length === 0) return pass('only last fours, amounts, dates and times', { notes });
      const [first] = long;
      return fail(
        `${count(long.length)} number(s) of more than four digits in the answers, the first ${first?.digits.length ?? 0} digits long`,
        { response: clip(first?.text ?? '', 200), notes },
      );
    },
  );
}

/** Every SSML answer of the run parses as XML with only the elements the service writes: nothing injected by bank text. */
export function ssmlSafetyCheck(ctx: RunContext): CheckSpec {
  return privacy('every SSML answer parses as XML and carries only <speak> and <say-as>', async () => {
    const speeches = ctx.posts.flatMap(speechesOf);
    const notes = [
      `${count(speeches.length)} SSML documents from ${count(ctx.posts.length)} answers, each parsed with a strict XML 1.0 parser (saxes)`,
      `allowed: ${Object.entries(ALLOWED_SSML)
        .map(([name, attributes]) => `<${name}>${attributes.length > 0 ? ` (${attributes.join(', ')})` : ''}`)
        .join(', ')}; any other element, attribute, CDATA section or comment came from text`,
    ];
    if (speeches.length === 0) return fail('no SSML was recorded', { notes });
    const bad = speeches
      .map((speech) => ({ speech, problems: ssmlXmlProblems(speech.ssml) }))
      .filter((found) => found.problems.length > 0);
    if (bad.length === 0) return pass('every document well-formed, nothing injected', { notes });
    const [first] = bad;
    return fail(
      `${count(bad.length)} SSML document(s) unsafe; ${first?.speech.where ?? ''}: ${first?.problems.join('; ') ?? ''}`,
      { response: clip(first?.speech.ssml ?? '', 300), notes },
    );
  });
}
