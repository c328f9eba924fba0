/**
 * A strict reader for the SSML the service sends: one `<speak>` root, known SSML elements only,
 * balanced tags, quoted attributes, and every `&` and `<` of text escaped (a payee called "AT&T"
 * must arrive as `AT&amp;T`, or Alexa refuses the whole response).
 */

/** Alexa's limit for output speech, SSML tags included. */
export const ALEXA_MAX_SSML_CHARS = 8000;

const ELEMENTS = new Set([
  'speak',
  'say-as',
  'break',
  'p',
  's',
  'prosody',
  'emphasis',
  'sub',
  'phoneme',
  'audio',
  'w',
  'lang',
  'voice',
  'amazon:effect',
  'amazon:domain',
  'amazon:emotion',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"<&]*"|'[^'<&]*'))*)\s*(\/?)>/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/y;

/** Reads one tag at `at`: its length and what it does to the open-element stack, or a problem. */
function readTag(ssml: string, at: number, open: string[]): { length: number } | { problem: string } {
  TAG.lastIndex = at;
  const tag = TAG.exec(ssml);
  if (tag === null) return { problem: `a bare "<" at ${at}` };
  const [whole, closing, name = '', , selfClosing] = tag;
  if (!ELEMENTS.has(name)) return { problem: `<${name}> is not an SSML element` };
  if (closing) {
    if (open.pop() !== name) return { problem: `</${name}> closes nothing open` };
  } else if (!selfClosing) {
    if (open.length === 0 && name !== 'speak') return { problem: 'text outside <speak>' };
    open.push(name);
  }
  return { length: whole.length };
}

/** Problems with an SSML document; empty when it is well-formed and escaped. */
export function ssmlProblems(ssml: string): string[] {
  const text = ssml.trim();
  if (!text.startsWith('<speak>') || !text.endsWith('</speak>')) return ['not wrapped in <speak>…</speak>'];
  const open: string[] = [];
  for (let at = 0; at < text.length; ) {
    const ch = text[at];
    if (ch === '<') {
      const read = readTag(text, at, open);
      if ('problem' in read) return [read.problem];
      at += read.length;
      if (open.length === 0 && at < text.length) return ['content after </speak>'];
    } else if (ch === '&') {
      ENTITY.lastIndex = at;
      if (ENTITY.exec(text) === null) return [`an unescaped "&" at ${at}`];
      at += 1;
    } else at += 1;
  }
  return open.length === 0 ? [] : [`<${open.join('>, <')}> left open`];
}
