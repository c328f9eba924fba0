/**
 * A piece of a sample utterance: literal words, or a `{slot}`. A slot may carry a Dialogflow
 * example after a bar, `{merchant|paycheck}`, where the rotating examples would read oddly.
 */
export type SamplePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'slot'; readonly name: string; readonly example?: string };

const SLOT = /\{(\w+)(?:\|([^{}]+))?\}/g;

/** Splits "how much at {merchant} {date}" into text and slot parts, in order; text keeps its spaces. */
export function sampleParts(sample: string): SamplePart[] {
  const parts: SamplePart[] = [];
  let at = 0;
  for (const match of sample.matchAll(SLOT)) {
    if (match.index > at) parts.push({ kind: 'text', text: sample.slice(at, match.index) });
    parts.push({ kind: 'slot', name: match[1] ?? '', ...(match[2] ? { example: match[2] } : {}) });
    at = match.index + match[0].length;
  }
  if (at < sample.length) parts.push({ kind: 'text', text: sample.slice(at) });
  return parts;
}

/** The sample as Alexa takes it: example hints removed (`{merchant|paycheck}` → `{merchant}`). */
export function plainSample(sample: string): string {
  return sample.replace(SLOT, (_whole, name: string) => `{${name}}`);
}

/** The slot names a sample uses, in order. */
export function slotsInSample(sample: string): string[] {
  return sampleParts(sample).flatMap((part) => (part.kind === 'slot' ? [part.name] : []));
}

/** What makes two samples "the same" to a platform: case, slot names and hints do not matter. */
export function sampleKey(sample: string): string {
  return sample.toLowerCase().replace(SLOT, '{}').replace(/\s+/g, ' ').trim();
}
