import type { CheckResult, Evidence } from '../types';
import type { ReportData } from './report-data';
import { AREAS, finding, formatMs, statusMark, summaryLine, tally } from './format';

/** A table cell: one line, pipes escaped. */
const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
/** A fenced block whose content cannot close it early. */
const fenced = (text: string): string => `\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\``;

function evidenceBlock(check: CheckResult): string[] {
  const e: Evidence = check.evidence;
  const parts = [`#### ${statusMark(check.status)} ${check.name}`, '', `${finding(check)} (${check.level}, ${formatMs(check.durationMs)})`];
  if (e.request !== undefined) parts.push('', 'Request:', '', fenced(e.request));
  if (e.response !== undefined) parts.push('', 'Response (financial data masked):', '', fenced(e.response));
  if (e.notes !== undefined && e.notes.length > 0) parts.push('', 'Notes:', '', fenced(e.notes.join('\n')));
  return [...parts, ''];
}

function areaSection(heading: string, checks: readonly CheckResult[]): string[] {
  const rows = checks.map((c) => `| ${statusMark(c.status)} | ${cell(c.name)} | ${c.level} | ${cell(finding(c))} | ${formatMs(c.durationMs)} |`);
  return [`## ${heading}`, '', '| | Check | Level | Result | Time |', '|---|---|---|---|---|', ...rows, '', '### Evidence', '', ...checks.flatMap(evidenceBlock)];
}

/** The report as Markdown: verdict, run facts, configuration, then each area's checks with evidence. */
export function renderMarkdown({ meta, checks, passed }: ReportData): string {
  const facts: Array<readonly [string, string]> = [
    ['Service version', meta.version], ['Git commit', meta.commit], ['Bank', `${meta.bankUrl} (${meta.bankKind})`],
    ['Date', meta.startedAt], ['Duration', formatMs(meta.durationMs)],
  ];
  return [
    '# voicebank certification report', '',
    `**Result: ${passed ? 'PASSED' : 'FAILED'}** — ${summaryLine(tally(checks))}. Required checks decide the result; info checks are reported only.`, '',
    '| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), '',
    '## Configuration', '', '| Setting | Value |', '|---|---|', ...meta.configuration.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`), '',
    ...AREAS.flatMap(([area, heading]) => areaSection(heading, checks.filter((c) => c.area === area))),
  ].join('\n');
}
