import type { CheckResult } from '../types';
import { AREAS, finding, formatMs, statusMark, statusWord, summaryLine, tally } from './format';
import type { ReportData } from './report-data';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
h1{margin-bottom:.25rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
.pass{color:green}.fail{color:firebrick;font-weight:600}.not-applicable{color:gray}
.verdict{font-size:1.2rem;padding:.6rem .9rem;border-radius:6px;display:inline-block}
.verdict.pass{background:honeydew}.verdict.fail{background:mistyrose}
pre{background:#f6f8fa;padding:.5rem;white-space:pre-wrap;word-break:break-word;margin:.25rem 0}
details{margin:.3rem 0}summary{cursor:pointer}.muted{color:gray}`;

const row = (cells: readonly string[], tag = 'td'): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const pairs = (rows: ReadonlyArray<readonly [string, string]>): string => `<table>${rows.map(([k, v]) => row([escapeHtml(k), escapeHtml(v)])).join('')}</table>`;

function evidence(check: CheckResult): string {
  const { request, response, notes } = check.evidence;
  const block = (label: string, text: string | undefined): string => (text === undefined ? '' : `<p>${label}</p><pre>${escapeHtml(text)}</pre>`);
  const body = block('Request', request) + block('Response (financial data masked)', response) + block('Notes', notes && notes.length > 0 ? notes.join('\n') : undefined);
  return body === '' ? '' : `<details><summary>evidence</summary>${body}</details>`;
}

function checkRow(check: CheckResult): string {
  const status = `<span class="${check.status}">${statusMark(check.status)} ${statusWord(check.status)}</span>`;
  return row([status, escapeHtml(check.name), check.level, `${escapeHtml(check.status === 'not-applicable' ? finding(check) : check.message)}${evidence(check)}`, formatMs(check.durationMs)]);
}

function areaSection(heading: string, checks: readonly CheckResult[]): string {
  const head = row(['Result', 'Check', 'Level', 'Finding and evidence', 'Time'], 'th');
  return `<section><h2>${escapeHtml(heading)}</h2><table>${head}${checks.map(checkRow).join('')}</table></section>`;
}

/** The report as one self-contained HTML page: inline CSS, no scripts, every text escaped. */
export function renderHtml({ meta, checks, passed }: ReportData): string {
  const verdict = passed ? 'pass' : 'fail';
  const facts: Array<readonly [string, string]> = [
    ['Service version', meta.version], ['Git commit', meta.commit], ['Bank', `${meta.bankUrl} (${meta.bankKind})`],
    ['Date', meta.startedAt], ['Duration', formatMs(meta.durationMs)],
  ];
  return [
    '<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>voicebank certification report</title><style>${STYLE}</style></head>`, '<body>',
    '<h1>voicebank certification report</h1>',
    `<p class="verdict ${verdict}">${passed ? 'PASSED' : 'FAILED'}: ${escapeHtml(summaryLine(tally(checks)))}</p>`,
    '<p class="muted">Required checks decide the result; info checks are reported only. Amounts, digit runs and tokens are masked.</p>',
    `<section class="meta"><h2>Run</h2>${pairs(facts)}<h2>Configuration</h2>${pairs(meta.configuration)}</section>`,
    ...AREAS.map(([area, heading]) => areaSection(heading, checks.filter((c) => c.area === area))),
    '</body>', '</html>', '',
  ].join('\n');
}
