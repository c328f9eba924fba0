import { SaxesParser } from 'saxes';
import { numbersIn } from '../../shared/speech/mask-numbers';

/**
 * The checks the reliability run (and its short version in `npm test`) applies to every answer.
 * Each returns what is wrong, or nothing.
 */

/** Parses an SSML document as XML 1.0 (a strict parser: bad characters, bad entities, bad nesting). */
export function xmlProblems(ssml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => problems.push(error.message));
  try {
    parser.write(ssml).close();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

/**
 * Whether `text` carries five or more consecutive digits of `planted` (a number the bank sent),
 * however the answer punctuates them: every number in the answer is read with its joiners removed.
 */
export function leaksNumber(text: string, planted: string): boolean {
  const digits = planted.replace(/\D/g, '');
  if (digits.length < 5) return false;
  const windows = new Set(Array.from({ length: digits.length - 4 }, (_, i) => digits.slice(i, i + 5)));
  return numbersIn(text).some((run) => [...windows].some((window) => run.includes(window)));
}

/** Words that only an internal failure would put in a body: error classes, stack frames, SDK and verifier text. */
const INTERNAL =
  /\b(?:TypeError|RangeError|SyntaxError|ReferenceError|is not a function|Cannot read propert|at [\w.<>]+ \(|node_modules|\.ts:\d|rejected:|cert-url-|signature-missing|application-id|AskSdk|Unexpected token|JSON at position|Do not register any parsers)/i;

/** The internal string a body carries, if any. */
export function internalText(body: string): string | undefined {
  return INTERNAL.exec(body)?.[0];
}
