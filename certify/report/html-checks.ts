import { control } from '../controls/catalogue';
import type { CheckResult } from '../types';
import { finding, formatMs, statusMark, statusWord } from './format';
import { anchor, checkLink, escapeHtml, row } from './html-parts';

const statusCell = (check: CheckResult): string =>
  `<span class="${check.status}">${statusMark(check.status)} ${statusWord(check.status)}</span>`;

/** One line per check of an area, each linking to its evidence. */
export function overviewTable(checks: readonly CheckResult[]): string {
  const head = row(['Result', 'Check', 'Level', 'Finding', 'Time'], 'th');
  const rows = checks.map((check) =>
    row([
      statusCell(check),
      checkLink(check.id, check.name),
      check.level,
      escapeHtml(finding(check)),
      formatMs(check.durationMs),
    ]),
  );
  return `<table>${head}${rows.join('')}</table>`;
}

function block(label: string, text: string | undefined): string {
  return text === undefined || text === '' ? '' : `<p class="label">${label}</p><pre>${escapeHtml(text)}</pre>`;
}

const controlNames = (ids: readonly string[]): string => ids.map((id) => `${id} (${control(id).title})`).join('; ');

/** A check with its evidence written out in full: nothing folded away, so a print keeps it. */
export function checkArticle(check: CheckResult): string {
  const { request, response, notes } = check.evidence;
  const evidence =
    block('Request', request) + block('Response (financial data masked)', response) + block('Notes', notes?.join('\n'));
  return [
    `<article class="check ${check.status}" id="${escapeHtml(anchor(check.id))}">`,
    `<h3>${statusCell(check)} ${escapeHtml(check.name)}</h3>`,
    `<p>${escapeHtml(finding(check))} <span class="muted">(${check.level}, ${formatMs(check.durationMs)}, id ${escapeHtml(check.id)})</span></p>`,
    `<p class="controls">Evidences: ${escapeHtml(check.controls.length === 0 ? 'no control mapped' : controlNames(check.controls))}</p>`,
    evidence === '' ? '<p class="muted">No request or response: the finding is the evidence.</p>' : evidence,
    '</article>',
  ].join('');
}
