/**
 * The certification kit's data model: checks, their outcomes and the result of a whole run.
 * Every text in a result is already masked (no amounts, digit runs of four or more, or tokens).
 */

/** `required`: a failure fails the certification. `info`: reported, never fails it. */
export type CheckLevel = 'required' | 'info';

/** `not-applicable`: the check does not apply to this bank (e.g. golden dialogs on a real bank). */
export type CheckStatus = 'pass' | 'fail' | 'not-applicable';

/** Which part of the integration a check certifies. */
export type CheckArea = 'bank' | 'skill' | 'security';

/** What a check sent and saw, for a person to judge the verdict. Masked before it is stored. */
export interface Evidence {
  /** A summary of the request(s), e.g. `GET /accounts (Authorization: Bearer [token])`. */
  readonly request?: string;
  /** An excerpt of the response with financial data masked. */
  readonly response?: string;
  /** Further observations, one line each. */
  readonly notes?: readonly string[];
}

/** What running a check concluded. */
export interface Outcome {
  readonly status: CheckStatus;
  /** One sentence: why it passed, failed or does not apply. */
  readonly message: string;
  readonly evidence?: Evidence;
}

/** A check waiting to run. */
export interface CheckSpec {
  /** A sentence naming the behaviour, e.g. "an unknown token gets 401 with WWW-Authenticate". */
  readonly name: string;
  readonly area: CheckArea;
  readonly level: CheckLevel;
  /** Never rejects on purpose: a thrown error is recorded as a failure of the check. */
  readonly run: () => Promise<Outcome>;
}

/** A check that ran. */
export interface CheckResult {
  /** Stable identifier, `<area>.<slug of the name>`, unique within a run. */
  readonly id: string;
  readonly name: string;
  readonly area: CheckArea;
  readonly level: CheckLevel;
  readonly status: CheckStatus;
  readonly message: string;
  readonly evidence: Evidence;
  /** Ids of the controls this check evidences (see `controls/catalogue.ts`). */
  readonly controls: readonly string[];
  /** Wall-clock time the check took, milliseconds. */
  readonly durationMs: number;
}

/** Facts about the run that head every report. No secrets. */
export interface RunMeta {
  /** package.json version of the service certified. */
  readonly version: string;
  /** `git rev-parse HEAD`, or `unknown`. */
  readonly commit: string;
  /** The bank's base URL without userinfo, query or fragment. */
  readonly bankUrl: string;
  readonly bankKind: 'embedded sandbox' | 'external bank';
  /** ISO 8601 instant the run started. */
  readonly startedAt: string;
  /** Whole run, milliseconds. */
  readonly durationMs: number;
  /** Settings the run used, as label/value pairs (never a token or secret). */
  readonly configuration: ReadonlyArray<readonly [string, string]>;
  /** Things a reviewer must know to read the run rightly (a token too short to scan for, no PDF). */
  readonly warnings: readonly string[];
}

/** Paths of the four report files. */
export interface ReportFiles {
  readonly markdown: string;
  readonly html: string;
  readonly json: string;
  readonly junit: string;
  /** report.pdf, when `pdf` was asked for and Chromium could print it. */
  readonly pdf?: string;
}

/** The evidence bundle: the output folder with `evidence/` and a manifest of every file. */
export interface Bundle {
  readonly dir: string;
  /** manifest.json, listing a SHA-256 of every other file of the bundle. */
  readonly manifest: string;
  /** SHA-256 (hex) of manifest.json itself: file it with the report, so a later edit of the manifest shows too. */
  readonly manifestSha256: string;
  /** `<dir>.zip`, the same files as one archive, when `zip` was asked for. */
  readonly zip?: string;
}

/** The outcome of {@link runCertification}. */
export interface CertificationResult {
  /** True when no `required` check failed. */
  readonly passed: boolean;
  readonly checks: readonly CheckResult[];
  readonly meta: RunMeta;
  readonly files: ReportFiles;
  readonly bundle: Bundle;
  /** Why report.pdf was not written (and how to get it), when `pdf` was asked for. */
  readonly pdfNotWritten?: string;
}
