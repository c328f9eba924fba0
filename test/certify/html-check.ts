/**
 * A small checker for the HTML the certification report emits: balanced tags, no scripts, and
 * every `&`, `<` and `>` of text escaped. It knows only the elements the report uses.
 */

const ELEMENTS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'h2',
  'p',
  'section',
  'table',
  'tr',
  'th',
  'td',
  'span',
  'details',
  'summary',
  'pre',
  'header',
  'article',
  'h3',
  'ol',
  'ul',
  'li',
  'a',
  'br',
]);
const VOID = new Set(['meta', 'br']);
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="(?:[^"<>&]|&(?:amp|lt|gt|quot|#39);)*")*)\s*>/y;
const ENTITY = /&(?:amp|lt|gt|quot|#39);/y;

/** Problems found; empty when the document is well-formed. */
export function htmlProblems(html: string): string[] {
  if (/<script/i.test(html)) return ['a <script> element'];
  const rest = html.startsWith('<!DOCTYPE html>') ? html.slice('<!DOCTYPE html>'.length) : undefined;
  if (rest === undefined) return ['no <!DOCTYPE html>'];
  const open: string[] = [];
  for (let at = 0; at < rest.length; ) {
    const ch = rest[at];
    if (ch === '<') {
      TAG.lastIndex = at;
      const tag = TAG.exec(rest);
      if (tag === null) return [`an unescaped "<" or a malformed tag at ${at}`];
      const [whole, closing, name = ''] = tag;
      if (!ELEMENTS.has(name)) return [`an unexpected <${name}>`];
      if (closing && open.pop() !== name) return [`</${name}> closes nothing open`];
      if (!closing && !VOID.has(name)) open.push(name);
      at += whole.length;
    } else if (ch === '&') {
      ENTITY.lastIndex = at;
      if (ENTITY.exec(rest) === null) return [`an unescaped "&" at ${at}`];
      at += 1;
    } else if (ch === '>') {
      return [`an unescaped ">" at ${at}`];
    } else at += 1;
  }
  return open.length === 0 ? [] : [`left open: ${open.join(', ')}`];
}

/** The document without its run facts (bank URL with a port, date, commit hash) and its stylesheet (colours). */
export function withoutRunFacts(html: string): string {
  return html
    .replace(/<section class="meta">[\s\S]*?<\/section>/, '')
    .replace(/<p class="facts">[\s\S]*?<\/p>/, '')
    .replace(/<style>[\s\S]*?<\/style>/, '');
}
