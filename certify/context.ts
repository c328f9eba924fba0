import type { FdxBankClient } from '../shared/bank';
import type { ClientCall } from './service/recording-bank';
import type { Recorded } from './service/recording-poster';
import type { LogCapture } from './log-capture';
import type { Settings } from './options';
import type { RawBank } from './bank/raw-http';
import type { SeenData } from './seen-data';

/** What every check of a run shares. */
export interface RunContext {
  readonly settings: Settings;
  /** The bank's base URL as the client uses it. */
  readonly bankUrl: string;
  /** True when the bank is the embedded sandbox this run started. */
  readonly sandbox: boolean;
  readonly capture: LogCapture;
  readonly seen: SeenData;
  /** Raw HTTP observer of the bank. */
  readonly raw: RawBank;
  /** The service's own FDX client, pointed at the bank. */
  readonly client: FdxBankClient;
  /** Every voice request the behaviour services answered during the run, with its answer. */
  readonly posts: Recorded[];
  /** Every call of the service's FDX client during the run (the behaviour and security services', and the client checks'). */
  readonly clientCalls: ClientCall[];
  /** Every request the security checks sent to the verifying service (forged and control), with its answer. */
  readonly forged: Recorded[];
}
