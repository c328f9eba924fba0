import type { CheckResult } from '../types';
import { AREAS } from './format';
import type { ReportData } from './report-data';

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Escapes text for XML content and attributes; drops characters XML 1.0 cannot carry. */
export const escapeXml = (text: string): string =>
  text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function evidenceText(check: CheckResult): string {
  const { request, response, notes } = check.evidence;
  return [
    request && `request:\n${request}`,
    response && `response:\n${response}`,
    notes && notes.length > 0 && `notes:\n${notes.join('\n')}`,
  ]
    .filter((part): part is string => typeof part === 'string')
    .join('\n\n');
}

/** A failed required check fails; an info check that did not pass, and a not-applicable one, are skipped. */
function testcase(check: CheckResult): string {
  const open = `<testcase classname="voicebank.certify.${check.area}" name="${escapeXml(check.name)}" time="${seconds(check.durationMs)}"`;
  const out = evidenceText(check);
  const outcome =
    check.status === 'not-applicable'
      ? `<skipped message="${escapeXml(check.message)}"/>`
      : check.status === 'fail' && check.level === 'info'
        ? `<skipped message="${escapeXml(`info check (does not fail certification): ${check.message}`)}"/>`
        : check.status === 'fail'
          ? `<failure message="${escapeXml(check.message)}" type="certification">${escapeXml(out)}</failure>`
          : '';
  const body = `${outcome}${out === '' ? '' : `<system-out>${escapeXml(out)}</system-out>`}`;
  return `    ${open}>${body}</testcase>`;
}

function counts(checks: readonly CheckResult[], totalMs?: number): string {
  const failures = checks.filter((c) => c.status === 'fail' && c.level === 'required').length;
  const skipped = checks.filter(
    (c) => c.status === 'not-applicable' || (c.status === 'fail' && c.level === 'info'),
  ).length;
  const time = seconds(totalMs ?? checks.reduce((sum, c) => sum + c.durationMs, 0));
  return `tests="${checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}"`;
}

/** JUnit XML for the bank's CI: one testsuite per area, one testcase per check. */
export function renderJunit({ meta, checks }: ReportData): string {
  const suites = AREAS.map(([area, heading]) => {
    const mine = checks.filter((c) => c.area === area);
    return `  <testsuite name="${escapeXml(heading)}" ${counts(mine)} timestamp="${escapeXml(meta.startedAt)}">\n${mine.map(testcase).join('\n')}\n  </testsuite>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="voicebank certification" ${counts(checks, meta.durationMs)}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
