import { SaxesParser } from 'saxes';
import { numbersIn } from '../../shared/speech/mask-numbers';
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
/**
 * What may carry more than four digits and is no account number: money amounts, dates and times.
 * Each is cut out before the numbers are read; the boundaries keep a longer punctuated run whole
 * (`12/34/5678/90` is no date, so it stays).
 */
const KEPT = [
  /[$€£¥]\s?\d[\d,]*(?:\.\d+)?/g,
  /\d[\d,]*(?:\.\d+)?\s?(?:dollars?|euros?|pounds?|cents?|USD|EUR|GBP)\b/gi,
  /(?<![\d./-])\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d./-])/g,
  /(?<![\d./-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:\d{4}|\d\d)(?![\d./-])/g,
  new RegExp(`\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}\\b`, 'g'),
  /(?<![\d.])\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?(?![\d.])/gi,
];

/**
 * Numbers in `text` of more than four digits once spaces and punctuation are ignored
 * (`4111-1111-1111-1111`, `acct 1234.5678.9012`), amounts, dates and times apart.
 */
export function longNumbers(text: string): string[] {
  const rest = KEPT.reduce((left, pattern) => left.replace(pattern, ' '), text);
  return numbersIn(rest).filter((digits) => digits.length > 4);
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
