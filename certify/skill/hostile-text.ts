import { HOSTILE_PAYEES } from '../../sandbox/data/max';
import type { RunContext } from '../context';
import { clip } from '../mask';
import { fail, notApplicable, pass } from '../runner';
import { longNumbers, ssmlXmlProblems, textsOf } from '../security/answer-texts';
import { recordingPoster, type Recorded } from '../service/recording-poster';
import type { CheckSpec } from '../types';
import { speechesOf } from './speech-check';
import { PLATFORMS, Voice } from './voice';

/** The sandbox's demo customer whose statement text is hostile (sandbox/data/max.ts). */
export const HOSTILE_TOKEN = 'demo-max';
// All planted payees, read five a turn (issue 14): "more" reads the rest (at most ten in all).
const ASKED = [`what are my last ${HOSTILE_PAYEES.length} transactions`, 'more', 'list my accounts'];

/** The first word of each planted payee: how the check knows the hostile text reached the answer. */
const MARKERS = HOSTILE_PAYEES.map(
  (payee) =>
    payee
      .replace(/<[^>]*>/g, ' ')
      .trim()
      .split(/\s+/)[0] ?? payee,
);

/** What is wrong with one answer to hostile text, if anything. */
function problemsOf(post: Recorded): string[] {
  const ssml = speechesOf(post).flatMap((speech) =>
    ssmlXmlProblems(speech.ssml).map((problem) => `${speech.where}: ${problem}`),
  );
  const numbers = textsOf(post)
    .flatMap(longNumbers)
    .map((digits) => `a ${digits.length}-digit number said or shown`);
  return [...ssml, ...numbers];
}

/**
 * With the sandbox: the demo customer whose merchant names carry full card and account numbers
 * (spaces, dashes, dots, slashes) and SSML markup (`<speak>`, `<audio src=…>`, `]]>`, quotes, `&`)
 * asks for those transactions on both platforms. Every answer must name the merchants, parse as
 * XML with nothing injected, and show no number beyond its last four digits.
 */
export function hostileTextCheck(ctx: RunContext, serviceUrl: string): CheckSpec {
  return {
    name: 'statement text with markup and full numbers is spoken safely (the sandbox\u2019s hostile demo customer)',
    area: 'skill',
    level: 'required',
    run: async () => {
      if (!ctx.sandbox)
        return notApplicable(
          'needs the sandbox\u2019s hostile demo customer; against a real bank the SSML and number scans of the security checks read every answer instead',
        );
      ctx.seen.addToken(HOSTILE_TOKEN);
      const posts: Recorded[] = [];
      const voice = new Voice(recordingPoster(serviceUrl, posts), ctx.settings.zone, ctx.settings.clock);
      await Promise.all(PLATFORMS.map((platform) => voice.dialog(platform, HOSTILE_TOKEN, ASKED)));
      ctx.posts.push(...posts);
      const spoken = posts.flatMap(textsOf).join('\n');
      const missing = MARKERS.filter((marker) => !spoken.includes(marker));
      const notes = [
        `${posts.length} answers on ${PLATFORMS.join(' and ')} to: ${ASKED.map((text) => `"${text}"`).join(', ')}`,
        `planted payees (as the bank sends them, numbers masked here): ${HOSTILE_PAYEES.map((payee) => `"${payee}"`).join(', ')}`,
      ];
      if (posts.some((post) => post.status !== 200)) return fail('an answer was not HTTP 200', { notes });
      if (missing.length > 0)
        return fail(
          `the answers do not name ${missing.length} planted merchant(s) (${missing.join(', ')}): the hostile text did not reach them`,
          { response: clip(spoken, 300), notes },
        );
      const problems = posts.flatMap(problemsOf);
      if (problems.length > 0) {
        const distinct = [...new Set(problems)];
        return fail(`${problems.length} problem(s): ${distinct.slice(0, 3).join('; ')}`, {
          response: clip(spoken, 300),
          notes: [...notes, ...distinct.map((p) => `problem: ${p}`)],
        });
      }
      return pass(
        `all ${MARKERS.length} planted merchants named; well-formed SSML, nothing injected, only last fours`,
        { response: clip(spoken, 300), notes },
      );
    },
  };
}
