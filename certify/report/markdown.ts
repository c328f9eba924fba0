import { FRAMEWORKS } from '../controls/catalogue';
import { controlRows, stateWord } from '../controls/table';
import type { CheckResult, Evidence } from '../types';
import type { ReportData } from './report-data';
import { AREAS, finding, formatMs, statusMark, summaryLine, tally } from './format';

/** A table cell: one line, pipes escaped. */
const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
/** A fenced block whose content cannot close it early. */
const fenced = (text: string): string => `\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\``;
/** An explicit anchor, so links work in any Markdown renderer that keeps HTML. */
const anchorTag = (check: CheckResult): string => `<a id="check-${check.id}"></a>`;
const link = (check: CheckResult): string => `[${cell(check.name)}](#check-${check.id})`;

function evidenceBlock(check: CheckResult): string[] {
  const e: Evidence = check.evidence;
  const parts = [
    `#### ${statusMark(check.status)} ${check.name} ${anchorTag(check)}`,
    '',
    `${finding(check)} (${check.level}, ${formatMs(check.durationMs)}, id \`${check.id}\`)`,
  ];
  parts.push('', `Evidences: ${check.controls.length === 0 ? 'no control mapped' : check.controls.join(', ')}`);
  if (e.request !== undefined) parts.push('', 'Request:', '', fenced(e.request));
  if (e.response !== undefined) parts.push('', 'Response (financial data masked):', '', fenced(e.response));
  if (e.notes !== undefined && e.notes.length > 0) parts.push('', 'Notes:', '', fenced(e.notes.join('\n')));
  return [...parts, ''];
}

function overview(heading: string, checks: readonly CheckResult[]): string[] {
  const rows = checks.map(
    (c) => `| ${statusMark(c.status)} | ${link(c)} | ${c.level} | ${cell(finding(c))} | ${formatMs(c.durationMs)} |`,
  );
  return [`### ${heading}`, '', '| | Check | Level | Result | Time |', '|---|---|---|---|---|', ...rows, ''];
}

function controls(checks: readonly CheckResult[]): string[] {
  const rows = controlRows(checks);
  return [
    '## Controls',
    '',
    'What each check evidences. A gap is the bank\u2019s own to close: no check of this kit can show it.',
    '',
    ...Object.entries(FRAMEWORKS).flatMap(([framework, title]) => [
      `### ${title}`,
      '',
      '| Control | Requirement | State | Evidenced by |',
      '|---|---|---|---|',
      ...rows
        .filter((r) => r.control.framework === framework)
        .map(
          (r) =>
            `| ${r.control.id} | ${cell(r.control.title + (r.control.gap ? ` — ${r.control.gap}` : ''))} | ${stateWord(r.state)} | ${r.checks.map((id) => `[${id}](#check-${id})`).join(', ') || '—'} |`,
        ),
      '',
    ]),
  ];
}

/** The first screen: result, counts, failed required checks with links, warnings. */
function summary({ meta, checks, passed }: ReportData): string[] {
  const failed = checks.filter((c) => c.status === 'fail' && c.level === 'required');
  return [
    '# voicebank certification report',
    '',
    `**Result: ${passed ? 'PASSED' : 'FAILED'}** — ${summaryLine(tally(checks))}.`,
    '',
    `Service ${meta.version} (commit ${meta.commit.slice(0, 12)}) · ${meta.bankUrl} (${meta.bankKind}) · ${meta.startedAt} · ${formatMs(meta.durationMs)}`,
    '',
    ...(failed.length === 0
      ? ['No required check failed.', '']
      : [
          `## Failed required checks (${failed.length})`,
          '',
          ...failed.map((c, i) => `${i + 1}. ${link(c)}: ${cell(c.message)}`),
          '',
        ]),
    ...(meta.warnings.length === 0 ? [] : ['## Warnings', '', ...meta.warnings.map((w) => `- ${cell(w)}`), '']),
    'Required checks decide the result; info checks are reported only. Amounts, account numbers, PINs and tokens are masked; dates, statuses, counts and timings are not.',
    '',
  ];
}

/** The report as Markdown: summary, checks, controls, run facts, then every check's evidence. */
export function renderMarkdown(data: ReportData): string {
  const { meta, checks } = data;
  const facts: Array<readonly [string, string]> = [
    ['Service version', meta.version],
    ['Git commit', meta.commit],
    ['Bank', `${meta.bankUrl} (${meta.bankKind})`],
    ['Date', meta.startedAt],
    ['Duration', formatMs(meta.durationMs)],
  ];
  const areas = AREAS.map(([area, heading]) => ({ heading, mine: checks.filter((c) => c.area === area) }));
  return [
    ...summary(data),
    '## Checks',
    '',
    ...areas.flatMap(({ heading, mine }) => overview(heading, mine)),
    ...controls(checks),
    '## Run',
    '',
    '| | |',
    '|---|---|',
    ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`),
    '',
    '## Configuration',
    '',
    '| Setting | Value |',
    '|---|---|',
    ...meta.configuration.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`),
    '',
    '## Evidence',
    '',
    ...areas.flatMap(({ heading, mine }) => [`### ${heading}`, '', ...mine.flatMap(evidenceBlock)]),
  ].join('\n');
}
