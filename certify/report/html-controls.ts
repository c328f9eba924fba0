import { FRAMEWORKS } from '../controls/catalogue';
import { controlRows, stateWord, type ControlRow } from '../controls/table';
import type { CheckResult } from '../types';
import { checkLink, escapeHtml, row } from './html-parts';

function cells(entry: ControlRow, byId: ReadonlyMap<string, CheckResult>): string[] {
  const links = entry.checks.map((id) => checkLink(id, byId.get(id)?.name ?? id)).join('<br>');
  const gap = entry.control.gap === undefined ? '' : `<br><span class="muted">${escapeHtml(entry.control.gap)}</span>`;
  const state = `<span class="${entry.state === 'failed' ? 'fail' : entry.state === 'met' ? 'pass' : 'not-applicable'}">${escapeHtml(stateWord(entry.state))}</span>`;
  return [escapeHtml(entry.control.id), `${escapeHtml(entry.control.title)}${gap}`, state, links === '' ? '—' : links];
}

/** The control → checks table, one section per framework, gaps included. */
export function controlsSection(checks: readonly CheckResult[]): string {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const rows = controlRows(checks);
  const sections = Object.entries(FRAMEWORKS).map(([framework, title]) => {
    const mine = rows.filter((entry) => entry.control.framework === framework);
    const head = row(['Control', 'Requirement', 'State', 'Evidenced by'], 'th');
    return `<h3>${escapeHtml(title)}</h3><table>${head}${mine.map((entry) => row(cells(entry, byId))).join('')}</table>`;
  });
  return `<section id="controls"><h2>Controls</h2><p class="muted">What each check evidences. A gap is the bank\u2019s own to close: no check of this kit can show it.</p>${sections.join('')}</section>`;
}
