import { internalText, leaksNumber, xmlProblems } from './checks';

/** What one part of the run saw. */
export interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  fiveXx: number;
  internal: number;
  ssmlChecked: number;
  ssmlMalformed: number;
  leaks: number;
  latencyMaxMs: number;
  /** The first few problems, for a person to look at. */
  examples: string[];
}

export const newTally = (): Tally => ({
  requests: 0,
  byStatus: {},
  fiveXx: 0,
  internal: 0,
  ssmlChecked: 0,
  ssmlMalformed: 0,
  leaks: 0,
  latencyMaxMs: 0,
  examples: [],
});

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** Every SSML document in an Alexa or Dialogflow answer. */
export function ssmlIn(body: unknown): string[] {
  const response = obj(obj(body).response);
  const alexa = [obj(response.outputSpeech).ssml, obj(obj(response.reprompt).outputSpeech).ssml];
  const items = obj(obj(obj(obj(body).payload).google).richResponse).items;
  const google = Array.isArray(items) ? items.map((item) => obj(obj(item).simpleResponse).ssml) : [];
  return [...alexa, ...google].filter((ssml): ssml is string => typeof ssml === 'string');
}

function note(tally: Tally, problem: string): void {
  if (tally.examples.length < 5) tally.examples.push(problem.slice(0, 300));
}

/** Counts one answer: status, 5xx, internal text, SSML parsed as XML, planted bank numbers. */
export function record(tally: Tally, status: number, text: string, ms: number, planted: readonly string[] = []): void {
  tally.requests += 1;
  tally.byStatus[String(status)] = (tally.byStatus[String(status)] ?? 0) + 1;
  tally.latencyMaxMs = Math.max(tally.latencyMaxMs, ms);
  if (status >= 500 || status === 0) {
    tally.fiveXx += status >= 500 ? 1 : 0;
    note(tally, `HTTP ${status}: ${text}`);
  }
  const internal = internalText(text);
  if (internal) {
    tally.internal += 1;
    note(tally, `internal "${internal}" in ${text}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  for (const ssml of ssmlIn(body)) {
    tally.ssmlChecked += 1;
    const problems = xmlProblems(ssml);
    if (problems.length > 0) {
      tally.ssmlMalformed += 1;
      note(tally, `malformed SSML (${problems[0] ?? ''}): ${ssml}`);
    }
  }
  if (planted.some((number) => leaksNumber(text, number))) {
    tally.leaks += 1;
    note(tally, `digits leaked: ${text}`);
  }
}

/** Adds `from` into `into`. */
export function merge(into: Tally, from: Tally): Tally {
  into.requests += from.requests;
  for (const [status, count] of Object.entries(from.byStatus))
    into.byStatus[status] = (into.byStatus[status] ?? 0) + count;
  into.fiveXx += from.fiveXx;
  into.internal += from.internal;
  into.ssmlChecked += from.ssmlChecked;
  into.ssmlMalformed += from.ssmlMalformed;
  into.leaks += from.leaks;
  into.latencyMaxMs = Math.max(into.latencyMaxMs, from.latencyMaxMs);
  into.examples.push(...from.examples.slice(0, Math.max(0, 5 - into.examples.length)));
  return into;
}
