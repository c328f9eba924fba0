/**
 * The certification kit: `runCertification` proves a bank's FDX API, the skill on both platforms
 * against it, and the service's security and privacy, and writes reports a bank can file.
 */
export { runCertification } from './run';
export type { CertificationOptions, Env } from './options';
export type {
  CertificationResult,
  CheckArea,
  CheckLevel,
  CheckResult,
  CheckStatus,
  Evidence,
  ReportFiles,
  RunMeta,
} from './types';
export { runCli } from './cli';
