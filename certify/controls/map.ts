import { control } from './catalogue';

/**
 * Which controls a check evidences, by its id (`<area>.<slug>`). A check may match several rules;
 * its controls are the union. A check that matches none is a mapping gap, and the tests fail on it.
 */
const RULES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [
    /^bank\.get-accounts-lists|^bank\.get-accounts-id-answers|^bank\.get-accounts-id-transactions-filters|^bank\.pagination/,
    ['FDX-RESOURCES', 'DAC-MINIMISATION', 'GV.SC', 'TPRM-DUE-DILIGENCE'],
  ],
  [/^bank\.an-(unknown|expired)-token/, ['FDX-ERRORS', 'API2:2023', 'PR.AA']],
  [/^bank\.an-expired-token/, ['DAC-REVOCATION']],
  [/^bank\.a-start-date-after/, ['FDX-ERRORS']],
  [/^bank\.every-response-parses/, ['API10:2023', 'GV.SC']],
  [/p95-latency/, ['API4:2023', 'TPRM-MONITORING', 'DE.CM']],
  [/^bank\.x-fapi-interaction-id/, ['FDX-HEADERS', 'DE.CM']],
  [/^bank\.the-bank-is-reached-over-https/, ['PR.DS', 'API8:2023']],
  [
    /^skill\.answers-within-the-deadline|^skill\.golden-dialog-bank-down/,
    ['AMZN-RESPONSE', 'API4:2023', 'TPRM-RESILIENCE', 'PR.IR'],
  ],
  [/^skill\.(launch|help|stop|fallback|a-session-ended|the-example-phrases)/, ['AMZN-BEHAVIOUR']],
  [/^skill\.an-unlinked-user|^skill\.golden-dialog-unlinked/, ['AMZN-BEHAVIOUR', 'PR.AA']],
  [/^skill\.golden-dialog-expired-link/, ['DAC-REVOCATION', 'PR.AA']],
  [/^skill\.answers-bank-questions|^skill\.golden-dialog/, ['AMZN-RESPONSE', 'TPRM-MONITORING']],
  [/^skill\.golden-dialog-pin/, ['PR.AA']],
  [/^skill\.every-speech-is-valid-ssml/, ['AMZN-RESPONSE']],
  [
    /^security\.(a|an)-alexa-request|^security\.a-correctly-signed-alexa/,
    ['AMZN-SIGNATURE', 'API2:2023', 'PR.AA', 'TPRM-DUE-DILIGENCE'],
  ],
  [/^security\.an-alexa-request-stamped/, ['AMZN-TIMESTAMP']],
  [/^security\.a-certificate-url/, ['AMZN-CERT-URL', 'API8:2023']],
  [/^security\.an-alexa-request-for-another-skill-id/, ['AMZN-SKILL-ID']],
  [/^security\.a-dialogflow-request/, ['API2:2023', 'PR.AA', 'TPRM-DUE-DILIGENCE']],
  [/^security\.the-logs-carry-no/, ['DAC-MINIMISATION', 'DAC-NO-SECONDARY-USE', 'PR.DS', 'PR.PS', 'API3:2023']],
  [/^security\.no-speech-or-card/, ['DAC-MINIMISATION', 'API3:2023', 'PR.DS']],
  [
    /^security\.what-the-service-stores/,
    ['DAC-RETENTION', 'DAC-NO-SECONDARY-USE', 'DAC-MINIMISATION', 'PR.DS', 'PR.PS'],
  ],
  [/^security\.the-sandbox-s-authorization-server/, ['BANK-AS', 'PR.AA', 'API2:2023']],
  [/^security\.the-sandbox-s-authorization-server-refuses-consent/, ['DAC-AUTH-DURATION']],
  [/^security\.(an|the)-mcp-/, ['API2:2023', 'PR.AA', 'API8:2023']],
  [/^skill\.statement-text-with-markup/, ['AMZN-RESPONSE', 'API10:2023', 'DAC-MINIMISATION', 'PR.DS']],
  [/^security\.every-ssml-answer-parses/, ['AMZN-RESPONSE', 'API10:2023', 'PR.PS']],
  [/^security\.concurrent-wrong-pins/, ['API2:2023', 'API4:2023', 'PR.AA']],
  [
    /^security\.money-moves-exactly-once|^security\.a-declined-confirmation/,
    ['API6:2023', 'TPRM-RESILIENCE', 'PR.AA', 'PR.DS'],
  ],
  [/^security\.a-pin-lock-from-wrong-pins/, ['API2:2023', 'API6:2023', 'PR.AA']],
  [/\.the-(bank|skill|security)-checks-ran-to-the-end$/, ['TPRM-MONITORING']],
];

// Fail at load, not in a report, when a rule names a control that does not exist.
for (const [, ids] of RULES) ids.forEach(control);

/** The control ids a check evidences, in catalogue order of first mention. */
export function controlsFor(checkId: string): string[] {
  const ids = RULES.filter(([pattern]) => pattern.test(checkId)).flatMap(([, mapped]) => mapped);
  return [...new Set(ids)];
}
