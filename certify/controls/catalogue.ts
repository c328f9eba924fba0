/**
 * The requirements a bank's reviewer assesses the integration against, each with who must meet
 * it. A control the service meets is evidenced by checks (see `map.ts`); a control that is the
 * bank's own (its authorization server, its TLS) is listed as a gap for the bank to close.
 */

/** The frameworks, in report order. */
export const FRAMEWORKS = {
  amazon: 'Amazon custom-skill security requirements (HTTPS endpoint) and certification tests',
  fdx: 'FDX API: headers and error semantics',
  owasp: 'OWASP API Security Top 10 (2023)',
  contract: 'Third-party duties in US banks\u2019 data-access contracts',
  tprm: 'Interagency guidance on third-party relationships: risk management (2023)',
  csf: 'NIST CSF 2.0 (the CRI Profile v2 uses the same identifiers)',
} as const;

export type Framework = keyof typeof FRAMEWORKS;

/** Who must meet a control: the service (evidenced by checks) or the bank (a gap the kit cannot close). */
export type Owner = 'service' | 'bank';

/** One requirement. */
export interface Control {
  readonly id: string;
  readonly framework: Framework;
  readonly title: string;
  readonly owner: Owner;
  /** For a bank-owned control: what the bank must do or show, since no check of this kit can. */
  readonly gap?: string;
}

const c = (id: string, framework: Framework, title: string, gap?: string): Control => ({
  id,
  framework,
  title,
  owner: gap === undefined ? 'service' : 'bank',
  ...(gap === undefined ? {} : { gap }),
});

/** Every control, grouped by framework. */
export const CONTROLS: readonly Control[] = [
  c('AMZN-SIGNATURE', 'amazon', 'Verify Signature-256 over the raw request body'),
  c(
    'AMZN-CERT-URL',
    'amazon',
    'Validate the signing certificate URL and chain (s3.amazonaws.com, /echo.api/, echo-api.amazon.com)',
  ),
  c('AMZN-TIMESTAMP', 'amazon', 'Refuse requests whose timestamp is more than 150 s away'),
  c('AMZN-SKILL-ID', 'amazon', 'Refuse requests for another skill id'),
  c(
    'AMZN-BEHAVIOUR',
    'amazon',
    'Certification behaviours: launch, help, stop and cancel, fallback, session end, account linking, example phrases',
  ),
  c('AMZN-RESPONSE', 'amazon', 'Valid SSML within the size limit, an answer before the platform deadline'),
  c(
    'AMZN-ENDPOINT-TLS',
    'amazon',
    'The skill endpoint serves a certificate from a CA Amazon trusts',
    'The deployer\u2019s TLS in front of the service: the kit runs the service on loopback and cannot see it.',
  ),
  c('FDX-HEADERS', 'fdx', 'Bearer token, x-fapi-interaction-id echoed, FDX-API-Actor-Type on every call'),
  c('FDX-RESOURCES', 'fdx', 'Accounts, details and transactions with date filters and paging, as the skill calls them'),
  c(
    'FDX-ERRORS',
    'fdx',
    'Error semantics: 401 with a Bearer challenge for invalid and expired tokens, 400 for a bad date range, FDX error bodies',
  ),
  c(
    'API1:2023',
    'owasp',
    'Broken Object Level Authorization',
    'The bank\u2019s resource server must confine a token to the accounts its customer consented to.',
  ),
  c('API2:2023', 'owasp', 'Broken Authentication'),
  c('API3:2023', 'owasp', 'Broken Object Property Level Authorization (no excessive data exposure)'),
  c('API4:2023', 'owasp', 'Unrestricted Resource Consumption (budgets and deadlines)'),
  c('API6:2023', 'owasp', 'Unrestricted Access to Sensitive Business Flows (a money movement repeated or replayed)'),
  c('API8:2023', 'owasp', 'Security Misconfiguration'),
  c('API10:2023', 'owasp', 'Unsafe Consumption of APIs (the bank\u2019s answers validated)'),
  c(
    'DAC-AUTH-DURATION',
    'contract',
    'Authorization lasts at most one year, then the customer reauthorizes',
    'The bank\u2019s authorization server sets consent and refresh-token lifetimes; the service holds no token (the voice platform does).',
  ),
  c('DAC-REVOCATION', 'contract', 'Revocation as easy as granting access; a revoked link stops data access at once'),
  c(
    'DAC-BANK-REVOCATION',
    'contract',
    'The bank offers a revocation channel (FDX consent revocation) and honours it',
    'The bank\u2019s consent service and its revocation endpoint are outside the service.',
  ),
  c('DAC-MINIMISATION', 'contract', 'Data minimisation: only what a voice answer needs is fetched, spoken or kept'),
  c(
    'DAC-NO-SECONDARY-USE',
    'contract',
    'No secondary use: customer data is not kept, so it cannot be reused, sold or profiled',
  ),
  c('DAC-RETENTION', 'contract', 'Retention: what is kept, where, and for how long'),
  c('TPRM-DUE-DILIGENCE', 'tprm', 'Due diligence of the third party\u2019s information security'),
  c('TPRM-MONITORING', 'tprm', 'Ongoing monitoring: repeatable evidence of performance and conformance'),
  c('TPRM-RESILIENCE', 'tprm', 'Operational resilience when the bank is slow or down'),
  c('PR.AA', 'csf', 'Identity management, authentication and access control'),
  c('PR.DS', 'csf', 'Data security'),
  c('PR.PS', 'csf', 'Platform security (log records, configuration)'),
  c('PR.IR', 'csf', 'Technology infrastructure resilience'),
  c('DE.CM', 'csf', 'Continuous monitoring'),
  c('GV.SC', 'csf', 'Cybersecurity supply chain risk management'),
  c(
    'BANK-AS',
    'csf',
    'The bank\u2019s authorization server: PKCE, short-lived access tokens, rotating refresh tokens, redirect URLs pinned',
    'The bank\u2019s own OAuth server: the kit checks the sandbox\u2019s where that exists, never a real bank\u2019s.',
  ),
  c(
    'BANK-TLS',
    'csf',
    'The bank API\u2019s TLS: protocol versions, ciphers, certificate',
    'The kit checks that a real bank is reached over https, not how its TLS is configured.',
  ),
];

/** The control with `id`; throws for an unknown id (a mapping typo must fail the tests). */
export function control(id: string): Control {
  const found = CONTROLS.find((candidate) => candidate.id === id);
  if (!found) throw new RangeError(`no control ${id}`);
  return found;
}
