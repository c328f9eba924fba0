import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeEvidence } from './bundle/evidence';
import { filesOf, MANIFEST, sealBundle } from './bundle/manifest';
import { zip } from './bundle/zip';
import type { RunContext } from './context';
import type { Masker } from './mask';
import { writePdf } from './report/pdf';
import type { ReportData } from './report/report-data';
import { writeReports } from './report/write';
import type { Bundle, ReportFiles } from './types';

/** What a run leaves in its output folder. */
export interface Published {
  readonly files: ReportFiles;
  readonly bundle: Bundle;
  /** Why report.pdf was not written, when it was asked for. */
  readonly pdfNotWritten?: string;
}

/** The sealed folder as one archive beside it, `<dir>.zip`: the manifest first, then every file it lists. */
function zipBundle(dir: string): string {
  const path = `${dir}.zip`;
  const files = [MANIFEST, ...filesOf(dir)].map((name) => ({ path: name, bytes: readFileSync(join(dir, name)) }));
  writeFileSync(path, zip(files));
  return path;
}

/**
 * Writes the reports, report.pdf when asked for, the evidence folder, and last the manifest that
 * seals them all: the output folder is the evidence bundle.
 */
export async function publish(ctx: RunContext, data: ReportData, mask: Masker): Promise<Published> {
  const dir = resolve(ctx.settings.outDir);
  const reports = writeReports(dir, data);
  const pdf = ctx.settings.pdf ? await writePdf(reports.html, join(dir, 'report.pdf')) : undefined;
  writeEvidence(dir, ctx, data.meta, mask);
  const manifestSha256 = sealBundle(dir, data.meta.startedAt);
  const archive = ctx.settings.zip ? zipBundle(dir) : undefined;
  const files: ReportFiles = pdf !== undefined && 'written' in pdf ? { ...reports, pdf: pdf.written } : reports;
  return {
    files,
    bundle: { dir, manifest: join(dir, MANIFEST), manifestSha256, ...(archive ? { zip: archive } : {}) },
    ...(pdf !== undefined && 'notWritten' in pdf ? { pdfNotWritten: pdf.notWritten } : {}),
  };
}
