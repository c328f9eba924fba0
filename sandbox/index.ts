/**
 * The embedded sandbox bank: an FDX v6 peer with deterministic demo customers, for `npm start`
 * on a fresh machine, the tests, the simulator and the certification kit.
 */
export { createSandboxApp } from './app';
export { startSandbox, type RunningSandbox, type StartSandboxOptions } from './server';
export { DEFAULT_PAGE_SIZE, type SandboxOptions } from './options';
export { DEMO_TOKENS, FAULT_TOKENS, MAX_SLOW_MS, faultFor, type Fault } from './tokens';
export { DEFAULT_ZONE, demoCustomers } from './data/customers';
export { HISTORY_DAYS } from './data/generate';
export type {
  AccountCategory,
  AccountType,
  CreditAccount,
  DepositAccount,
  LoanAccount,
  SandboxAccount,
  SandboxCustomer,
  SandboxTransaction,
  Statement,
} from './data/types';
export {
  ACCESS_TOKEN_SECONDS,
  ClientConfigError,
  DEFAULT_CLIENTS,
  LINKING_REDIRECTS,
  METADATA_PATH,
  authorizationServerMetadata,
  parseClients,
  type OAuthClient,
} from './oauth';
