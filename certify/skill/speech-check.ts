import type { RunContext } from '../context';
import { fail, pass } from '../runner';
import type { Recorded } from '../service/recording-poster';
import type { CheckSpec } from '../types';
import { ALEXA_MAX_SSML_CHARS, ssmlProblems } from './ssml';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** One SSML document an answer carried, with where it came from. */
interface Speech {
  readonly where: string;
  readonly ssml: string;
  readonly limit?: number;
}

/** The SSML of an Alexa answer (speech and reprompt) or a Dialogflow answer (Assistant simple responses). */
export function speechesOf(post: Recorded): Speech[] {
  if (post.status !== 200) return [];
  if (post.path === '/alexa') {
    const response = obj(obj(post.body).response);
    return (
      [
        ['speech', obj(response.outputSpeech)],
        ['reprompt', obj(obj(response.reprompt).outputSpeech)],
      ] as const
    ).flatMap(([where, speech]) =>
      typeof obj(speech).ssml === 'string'
        ? [{ where: `alexa ${where}`, ssml: String(obj(speech).ssml), limit: ALEXA_MAX_SSML_CHARS }]
        : [],
    );
  }
  const items = obj(obj(obj(obj(post.body).payload).google).richResponse).items;
  return (Array.isArray(items) ? items : [])
    .map((item) => obj(obj(item).simpleResponse).ssml)
    .flatMap((ssml) => (typeof ssml === 'string' ? [{ where: 'dialogflow simpleResponse', ssml }] : []));
}

/** Why a speech is not acceptable, or undefined. */
function speechProblem(speech: Speech): string | undefined {
  if (speech.limit !== undefined && speech.ssml.length > speech.limit)
    return `${speech.ssml.length} characters, over ${speech.limit}`;
  return ssmlProblems(speech.ssml)[0];
}

/** Every SSML answer of the run so far fits Alexa's size limit and is well-formed, escaped SSML. */
export function speechCheck(ctx: RunContext): CheckSpec {
  return {
    name: 'every speech is valid SSML within the size limits',
    area: 'skill',
    level: 'required',
    run: async () => {
      const speeches = ctx.posts.flatMap(speechesOf);
      const longest = Math.max(0, ...speeches.map((s) => s.ssml.length));
      const count = (n: number): string => n.toLocaleString('en-US');
      const notes = [
        `${count(speeches.length)} SSML documents from ${count(ctx.posts.length)} answers; longest ${count(longest)} characters (Alexa allows ${count(ALEXA_MAX_SSML_CHARS)})`,
      ];
      if (speeches.length === 0) return fail('no SSML was recorded', { notes });
      const bad = speeches.find((speech) => speechProblem(speech) !== undefined);
      if (bad) return fail(`${bad.where}: ${speechProblem(bad) ?? ''}`, { response: bad.ssml.slice(0, 300), notes });
      return pass('all well-formed, escaped and within 8,000 characters', { notes });
    },
  };
}
