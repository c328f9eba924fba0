import type { CheckResult } from '../types';
import { AREAS, formatMs, summaryLine, tally } from './format';
import { checkArticle, overviewTable } from './html-checks';
import { controlsSection } from './html-controls';
import { checkLink, escapeHtml, pairs } from './html-parts';
import { STYLE } from './html-style';
import type { ReportData } from './report-data';

const requiredFailures = (checks: readonly CheckResult[]): CheckResult[] =>
  checks.filter((c) => c.status === 'fail' && c.level === 'required');

/** The first screen: result, counts, run facts in one line, failed required checks with links, warnings. */
function summary({ meta, checks, passed }: ReportData): string {
  const failed = requiredFailures(checks);
  const facts = `Service ${meta.version} (commit ${meta.commit.slice(0, 12)}) · ${meta.bankUrl} (${meta.bankKind}) · ${meta.startedAt} · ${formatMs(meta.durationMs)}`;
  const list = failed.map((c) => `<li>${checkLink(c.id, c.name)}: ${escapeHtml(c.message)}</li>`).join('');
  return [
    '<header id="summary">',
    '<h1>voicebank certification report</h1>',
    `<p class="verdict ${passed ? 'pass' : 'fail'}">${passed ? 'PASSED' : 'FAILED'}: ${escapeHtml(summaryLine(tally(checks)))}</p>`,
    `<p class="facts">${escapeHtml(facts)}</p>`,
    failed.length === 0
      ? '<p class="pass">No required check failed.</p>'
      : `<section class="failed" id="failed"><h2>Failed required checks (${failed.length})</h2><ol>${list}</ol></section>`,
    meta.warnings.length === 0
      ? ''
      : `<section class="warnings"><h2>Warnings</h2><ul>${meta.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></section>`,
    '<p class="muted">Required checks decide the result; info checks are reported only. Amounts, account numbers, PINs and tokens are masked; dates, statuses, counts and timings are not. Every check\u2019s evidence follows in full below.</p>',
    '</header>',
  ].join('\n');
}

function runFacts({ meta }: ReportData): string {
  const facts: Array<readonly [string, string]> = [
    ['Service version', meta.version],
    ['Git commit', meta.commit],
    ['Bank', `${meta.bankUrl} (${meta.bankKind})`],
    ['Date', meta.startedAt],
    ['Duration', formatMs(meta.durationMs)],
  ];
  return `<section class="meta"><h2>Run</h2>${pairs(facts)}<h2>Configuration</h2>${pairs(meta.configuration)}</section>`;
}

/** The report as one self-contained HTML page: inline CSS, no scripts, every text escaped, printable as it is. */
export function renderHtml(data: ReportData): string {
  const { checks } = data;
  const areas = AREAS.map(([area, heading]) => ({ heading, mine: checks.filter((c) => c.area === area) }));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>voicebank certification report</title><style>${STYLE}</style></head>`,
    '<body>',
    summary(data),
    '<section id="checks"><h2>Checks</h2>',
    ...areas.map(({ heading, mine }) => `<h3>${escapeHtml(heading)}</h3>${overviewTable(mine)}`),
    '</section>',
    controlsSection(checks),
    runFacts(data),
    '<section id="evidence"><h2>Evidence</h2>',
    ...areas.map(({ heading, mine }) => `<h3>${escapeHtml(heading)}</h3>${mine.map(checkArticle).join('\n')}`),
    '</section>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
