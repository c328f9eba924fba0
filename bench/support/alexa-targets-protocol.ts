/** What `npm run bench` and its server child (alexa-targets.ts) say to each other over IPC. */

export interface TargetsInit {
  /** The sandbox bank (another child). */
  readonly bankUrl: string;
  readonly skillId: string;
  /** The throwaway root the verifiers trust, and the chain "downloaded" for every cert URL. */
  readonly rootPem: string;
  readonly chainPem: string;
}

/** URLs of the servers, POST targets. */
export interface TargetsReady {
  /** (A) our /alexa, VERIFY_REQUESTS=true: signature, certificate chain, timestamp, skill id. */
  readonly full: string;
  /** Our /alexa with VERIFY_REQUESTS=false (the skill id is still checked). */
  readonly fullUnverified: string;
  /** (B) ask-sdk-core hello world on ExpressAdapter(skill, false, false). */
  readonly askHello: string;
  /** (C) express 5: express.json() and a fixed JSON answer. */
  readonly bareExpress: string;
  /** (D) express 5: express.json(), the two FDX calls (list, details) over keep-alive node:http, a JSON answer. */
  readonly bareFdx: string;
  /** (E) ask-sdk-core skill on ExpressAdapter(skill, true, true) with the SDK's own verifiers, making the same two FDX calls. */
  readonly askVerifiedFdx: string;
}

export const ALEXA_TARGETS_ENTRY = 'bench/support/alexa-targets.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isTargetsInit(message: unknown): message is TargetsInit {
  return (
    isRecord(message) && ['bankUrl', 'skillId', 'rootPem', 'chainPem'].every((key) => typeof message[key] === 'string')
  );
}

export function isTargetsReady(message: unknown): message is TargetsReady {
  return (
    isRecord(message) &&
    ['full', 'fullUnverified', 'askHello', 'bareExpress', 'bareFdx', 'askVerifiedFdx'].every(
      (key) => typeof message[key] === 'string',
    )
  );
}
