import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportFiles } from '../types';
import { controlRows } from '../controls/table';
import { formatMs, tally } from './format';
import { renderHtml } from './html';
import { renderJunit } from './junit';
import { renderMarkdown } from './markdown';
import type { ReportData } from './report-data';

/** The machine-readable report: run facts, verdict, counts and every check. */
export function renderJson(data: ReportData): string {
  const { meta, checks, passed } = data;
  const controls = controlRows(checks).map(({ control, state, checks: ids }) => ({ ...control, state, checks: ids }));
  return `${JSON.stringify({ passed, summary: tally(checks), duration: formatMs(meta.durationMs), meta, checks, controls }, null, 2)}\n`;
}

/** Writes report.md, report.html, report.json and junit.xml into `outDir` (created if needed). */
export function writeReports(outDir: string, data: ReportData): ReportFiles {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const files: ReportFiles = {
    markdown: join(dir, 'report.md'),
    html: join(dir, 'report.html'),
    json: join(dir, 'report.json'),
    junit: join(dir, 'junit.xml'),
  };
  writeFileSync(files.markdown, renderMarkdown(data));
  writeFileSync(files.html, renderHtml(data));
  writeFileSync(files.json, renderJson(data));
  writeFileSync(files.junit, renderJunit(data));
  return files;
}
