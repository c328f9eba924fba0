import type { Clock } from '../clock';

/**
 * The turn's time, counted from when the platform request arrived (not from when the core was
 * reached): certificate download, time-zone lookup and bank calls all spend the same budget.
 */
export interface TurnBudget {
  /** The clock's monotonic reading now, to stamp a request on arrival. */
  receivedNow(): number;
  /** Milliseconds left for a turn that arrived at `receivedAt` (monotonic ms); the whole budget when unknown. */
  remainingMs(receivedAt: number | undefined): number;
}

export function createTurnBudget(deadlineMs: number, clock: Clock): TurnBudget {
  return {
    receivedNow: () => clock.monotonicMs(),
    remainingMs: (receivedAt) =>
      receivedAt === undefined ? deadlineMs : Math.max(0, deadlineMs - (clock.monotonicMs() - receivedAt)),
  };
}
