import { z } from 'zod';
import type { AccountRef, BankingIntent, BankingSlots } from '../../shared';

const amount = z
  .string()
  .regex(/^\d{1,7}(\.\d{1,2})?$/)
  .describe('Dollars and cents as the customer said them, e.g. "200" or "12.50".');
const from = {
  from_account: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("The account the money comes from, in the customer's words; checking when not said."),
  from_last_four: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('The last four digits of the account the money comes from.'),
};

/** What each movement tool needs, and the annotations the clients route on (set truthfully). */
export const MOVEMENT_TOOLS = {
  prepare_transfer: {
    title: 'Prepare a transfer',
    description:
      "Prepares (does not make) a transfer between two of the customer's own accounts, today. Needs the voice PIN first " +
      '(verify_pin). Returns the confirmation to read to the customer word for word, and a handle for confirm_transfer. Nothing moves yet.',
    input: {
      amount,
      ...from,
      to_account: z
        .string()
        .min(1)
        .max(100)
        .optional()
        .describe('The account the money goes to, in the customer\'s words, e.g. "savings", "rainy day".'),
      to_last_four: z
        .string()
        .regex(/^\d{4}$/)
        .optional()
        .describe('The last four digits of the account the money goes to.'),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  },
  prepare_card_payment: {
    title: 'Prepare a credit card payment',
    description:
      "Prepares (does not make) a payment to the customer's credit card from checking, today: an amount, the statement balance " +
      'or the minimum (asks which when none is given). Needs the voice PIN first. Returns the confirmation text and a handle for confirm_transfer.',
    input: {
      amount: amount.optional(),
      pay: z
        .enum(['statement', 'minimum'])
        .optional()
        .describe('Pay the statement balance or the minimum, instead of an amount.'),
      card: z
        .string()
        .min(1)
        .max(100)
        .optional()
        .describe("The card in the customer's words, when they have more than one."),
      card_last_four: z
        .string()
        .regex(/^\d{4}$/)
        .optional()
        .describe('The last four digits of the card.'),
      ...from,
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  },
  prepare_loan_payment: {
    title: 'Prepare a loan payment',
    description:
      'Prepares (does not make) a loan payment from checking, today: the next payment amount unless an amount is given. ' +
      'Needs the voice PIN first. Returns the confirmation text and a handle for confirm_transfer.',
    input: {
      amount: amount.optional(),
      loan: z
        .string()
        .min(1)
        .max(100)
        .optional()
        .describe("The loan in the customer's words, when they have more than one."),
      loan_last_four: z
        .string()
        .regex(/^\d{4}$/)
        .optional()
        .describe('The last four digits of the loan account.'),
      ...from,
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  },
  confirm_transfer: {
    title: 'Confirm or cancel a prepared transfer',
    description:
      'Moves the money of a prepared transfer or payment, once, when decision is "confirm": call it only after the customer ' +
      'heard the confirmation text and clearly said yes. Any other decision (e.g. "cancel") cancels it and nothing is moved. ' +
      'Repeating the call never moves the money twice.',
    input: {
      handle: z
        .string()
        .regex(/^vb-[0-9a-f-]{36}$/)
        .describe('The handle from the prepare_* (or verify_pin) result.'),
      decision: z.string().min(1).max(100).describe('"confirm" to move the money; anything else cancels.'),
    },
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  },
  transfer_status: {
    title: 'Did my transfer go through',
    description:
      "How the customer's latest transfer or payment made here ended. When its bank answer was lost, this reads it back from the bank " +
      'and may finish sending that already-confirmed transfer (never a second one).',
    input: {},
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  },
} as const satisfies Record<
  string,
  { title: string; description: string; input: z.ZodRawShape; annotations: Record<string, boolean> }
>;

export type MovementToolName = keyof typeof MOVEMENT_TOOLS;

export function isMovementTool(name: string): name is MovementToolName {
  return Object.hasOwn(MOVEMENT_TOOLS, name);
}

/** Every argument a movement tool takes, after the SDK validated it against that tool's schema. */
export interface MovementArgs {
  readonly amount?: string | undefined;
  readonly pay?: 'statement' | 'minimum' | undefined;
  readonly from_account?: string | undefined;
  readonly from_last_four?: string | undefined;
  readonly to_account?: string | undefined;
  readonly to_last_four?: string | undefined;
  readonly card?: string | undefined;
  readonly card_last_four?: string | undefined;
  readonly loan?: string | undefined;
  readonly loan_last_four?: string | undefined;
  readonly handle?: string | undefined;
  readonly decision?: string | undefined;
}

/** What a movement tool asks of the core. */
export interface MovementCall {
  readonly intent: BankingIntent;
  readonly slots: BankingSlots;
  readonly session: Readonly<Record<string, unknown>>;
}

function ref(name: string | undefined, lastFour: string | undefined): AccountRef | undefined {
  const words = name?.trim();
  return words || lastFour ? { ...(words ? { name: words } : {}), ...(lastFour ? { lastFour } : {}) } : undefined;
}

/** "12.50" → 1250; "0" → undefined (the core asks for an amount). */
export function minorOf(amount: string | undefined): number | undefined {
  const match = amount ? /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(amount) : null;
  if (!match) return undefined;
  const minor = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return minor > 0 ? minor : undefined;
}

function moveSlots(args: MovementArgs, to: AccountRef | undefined): BankingSlots {
  const source = ref(args.from_account, args.from_last_four);
  const amountMinor = minorOf(args.amount);
  return {
    ...(source ? { from: source } : {}),
    ...(to ? { to } : {}),
    ...(amountMinor ? { amountMinor } : {}),
    ...(args.pay ? { paymentOption: args.pay } : {}),
  };
}

/**
 * A movement tool call → the core's intent, slots and session. `confirm_transfer` is the voice
 * channels' answer to "Should I go ahead?": the handle names the waiting movement (as the session
 * does on Alexa), and only the exact word "confirm" is a yes; anything else is a no.
 */
export function movementCall(tool: MovementToolName, args: MovementArgs): MovementCall {
  switch (tool) {
    case 'prepare_transfer':
      return { intent: 'transfer', slots: moveSlots(args, ref(args.to_account, args.to_last_four)), session: {} };
    case 'prepare_card_payment':
      return { intent: 'payCard', slots: moveSlots(args, ref(args.card, args.card_last_four)), session: {} };
    case 'prepare_loan_payment':
      return { intent: 'payLoan', slots: moveSlots(args, ref(args.loan, args.loan_last_four)), session: {} };
    case 'confirm_transfer':
      return {
        intent: args.decision?.trim().toLowerCase() === 'confirm' ? 'yes' : 'no',
        slots: {},
        session: args.handle ? { movement: { transferId: args.handle } } : {},
      };
    case 'transfer_status':
      return { intent: 'transferStatus', slots: {}, session: {} };
  }
}
