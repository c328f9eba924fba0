import { SaxesParser } from 'saxes';
import { readAlexaResponse } from '../../simulator/platforms/alexa';
import { readWebhookResponse } from '../../simulator/platforms/google';
import type { Recorded } from '../service/recording-poster';

/** What a person hears and reads in one answer: speech, reprompt and card, as plain text. */
export function textsOf(post: Recorded): string[] {
  if (post.status !== 200) return [];
  const reply = post.path === '/alexa' ? readAlexaResponse(post.body) : readWebhookResponse(post.body);
  return [reply.speech, reply.reprompt ?? '', reply.card ? `${reply.card.title} ${reply.card.text}` : ''].filter(
    (text) => text !== '',
  );
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A digit or a joiner right next to the match: the match is part of a longer punctuated run, so it is kept whole. */
const RUN_BEFORE = '(?<![\\p{Nd}\\p{Pd}./,_:+\\u00B7])';
const RUN_AFTER = '(?![\\p{Nd}]|[\\p{Pd}./,_:+\\u00B7]\\p{Nd})';
/**
 * What may carry more than four digits and is no account number: money as the service formats it
 * (Intl en-US: a sign or code, then thousands grouped by commas, then cents — "$1,254.30", "CA$12.00",
 * "CHF 1,000.00", at most BANK_MAX_AMOUNT's ceiling of a trillion — or grouped digits followed by a
 * currency word), dates and times. Each is cut out
 * before the numbers are read; the boundaries keep a longer punctuated run whole (`12/34/5678/90`
 * is no date and `$4111,1111,1111,1111` no amount, so they stay).
 */
const KEPT = [
  new RegExp(
    `(?:[A-Z]{0,3}[$€£¥₹₩₪]|\\b[A-Z]{3}[\\s\\u00A0])${RUN_BEFORE}\\d{1,3}(?:,\\d{3}){0,4}(?:\\.\\d\\d)?${RUN_AFTER}`,
    'gu',
  ),
  new RegExp(
    `${RUN_BEFORE}\\d{1,3}(?:,\\d{3}){0,4}(?:\\.\\d\\d)?${RUN_AFTER}\\s?(?:dollars?|euros?|pounds?|cents?|USD|EUR|GBP)\\b`,
    'giu',
  ),
  new RegExp(
    `${RUN_BEFORE}\\d{4}-\\d\\d-\\d\\d(?:T\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?${RUN_AFTER}`,
    'gu',
  ),
  new RegExp(`${RUN_BEFORE}(?:0?[1-9]|1[0-2])\\/(?:0?[1-9]|[12]\\d|3[01])\\/(?:\\d{4}|\\d\\d)${RUN_AFTER}`, 'gu'),
  new RegExp(`\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}${RUN_AFTER}`, 'gu'),
  new RegExp(`${RUN_BEFORE}\\d{1,2}:\\d\\d(?::\\d\\d)?(?:\\s?[ap]\\.?m\\.?)?${RUN_AFTER}`, 'giu'),
];

/**
 * The scan's own idea of one number, written apart from the masker it checks (shared/speech/
 * mask-numbers.ts) so a gap in one is not a gap in both: digits (any Unicode decimal digit) joined
 * by any run of spaces, dashes, dots, slashes, commas, underscores, colons, pluses, middle dots or
 * apostrophes. A comma, semicolon or colon followed by a space ends a number (list punctuation:
 * "ending in 4821, 3 items"); a full stop followed by a space does not.
 */
const JOINER =
  "[\\s\\p{Pd}\\u2212./\\\\_+'\\u2019\\u00B7\\u2027\\u2219\\u30FB\\uFF0C\\uFF0E\\uFF0F\\uFF1A\\uFF3F]|[,;:\\u060C](?!\\s)";
const SCANNED = new RegExp(`\\p{Nd}(?:(?:${JOINER})*\\p{Nd})*`, 'gu');

/**
 * Numbers in `text` of more than four digits once spaces and punctuation are ignored
 * (`4111-1111-1111-1111`, `acct 1234.5678.9012`, `4111,1111,1111,1111`, `4111_1111`), amounts as
 * the service formats them, dates and times apart.
 */
export function longNumbers(text: string): string[] {
  const rest = KEPT.reduce((left, pattern) => left.replace(pattern, ' '), text);
  return (rest.match(SCANNED) ?? []).map((run) => run.replace(/\P{Nd}/gu, '')).filter((digits) => digits.length > 4);
}

/** The elements the service writes, with the attributes each may carry: anything else was injected. */
export const ALLOWED_SSML: Readonly<Record<string, readonly string[]>> = {
  speak: [],
  'say-as': ['interpret-as', 'format'],
};

/**
 * Parses one SSML document as XML 1.0 with a strict parser (saxes) and lists what is wrong: a
 * parse error, a root other than one `<speak>`, or an element or attribute the service never writes.
 */
export function ssmlXmlProblems(ssml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  let roots = 0;
  parser.on('error', (error) => problems.push(`not well-formed XML: ${error.message}`));
  parser.on('opentag', (tag) => {
    if (depth === 0) roots += 1;
    depth += 1;
    const allowed = ALLOWED_SSML[tag.name];
    if (allowed === undefined) problems.push(`an injected <${tag.name}> element`);
    else if (depth === 1 && tag.name !== 'speak') problems.push(`the root is <${tag.name}>, not <speak>`);
    else if (depth > 1 && tag.name === 'speak') problems.push('a <speak> inside <speak>');
    for (const attribute of Object.keys(tag.attributes)) {
      if (allowed !== undefined && !allowed.includes(attribute))
        problems.push(`an injected ${attribute}= attribute on <${tag.name}>`);
    }
  });
  parser.on('cdata', () => problems.push('an injected CDATA section'));
  parser.on('comment', () => problems.push('an injected comment'));
  parser.on('processinginstruction', () => problems.push('an injected processing instruction'));
  parser.on('doctype', () => problems.push('an injected DOCTYPE'));
  parser.on('closetag', () => {
    depth -= 1;
  });
  try {
    parser.write(ssml).close();
  } catch (error) {
    problems.push(`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (roots !== 1 && problems.length === 0) problems.push(`${roots} root elements`);
  return [...new Set(problems)];
}
