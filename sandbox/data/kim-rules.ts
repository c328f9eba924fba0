import { bankItem, MERCHANTS as M, transfer } from './merchants';
import type { Rule } from './schedule';

/** Transaction rules for Kim's accounts, keyed by account. */
export const KIM_RULES = {
  household: [
    {
      merchant: M.northwind,
      schedule: { kind: 'biweekly', anchor: '2024-01-05' },
      cents: [310_522, 310_522],
      memo: 'CREDIT',
      hours: [3, 6],
    },
    {
      merchant: transfer('Home Loan', 'MORTGAGE PMT ...6120'),
      schedule: { kind: 'monthly', day: 1 },
      cents: [214_567, 214_567],
    },
    {
      merchant: transfer('Emergency Fund', 'ONLINE TRANSFER TO SAV ...8802'),
      schedule: { kind: 'monthly', day: 2 },
      cents: [50_000, 50_000],
    },
    { merchant: M.conEd, schedule: { kind: 'monthly', day: 18 }, cents: [9_600, 18_000] },
    { merchant: M.wholeFoods, schedule: { kind: 'weekly', weekday: 7 }, cents: [8_000, 21_000], hours: [9, 17] },
    {
      merchant: transfer('Home Equity Line', 'ADVANCE FROM HELOC ...4409'),
      schedule: { kind: 'daysAgo', days: [40] },
      cents: [500_000, 500_000],
      memo: 'CREDIT',
    },
  ],
  personal: [
    { merchant: M.spotify, schedule: { kind: 'monthly', day: 6 }, cents: [1_199, 1_199] },
    { merchant: M.peets, schedule: { kind: 'chance', perDay: 0.15 }, cents: [395, 795], hours: [6, 10] },
    { merchant: M.chipotle, schedule: { kind: 'chance', perDay: 0.1 }, cents: [1_150, 1_890], hours: [11, 20] },
    { merchant: M.target, schedule: { kind: 'chance', perDay: 0.06 }, cents: [1_500, 9_800] },
    { merchant: M.cremeCrumb, schedule: { kind: 'chance', perDay: 0.05 }, cents: [450, 2_200], hours: [7, 12] },
    { merchant: M.peets, schedule: { kind: 'daysAgo', days: [1] }, cents: [575, 575], pending: true, hours: [7, 7] },
  ],
  savings: [
    {
      merchant: transfer('Household checking', 'ONLINE TRANSFER FROM CHK ...2231'),
      schedule: { kind: 'monthly', day: 2 },
      cents: [50_000, 50_000],
      memo: 'CREDIT',
    },
    {
      merchant: bankItem('Interest', 'INTEREST PAYMENT', 'Income', 'interest'),
      schedule: { kind: 'monthly', day: 31 },
      cents: [3_810, 3_990],
      memo: 'CREDIT',
      hours: [0, 1],
    },
  ],
  travelCard: [
    { merchant: M.delta, schedule: { kind: 'daysAgo', days: [22] }, cents: [41_260, 41_260] },
    { merchant: M.marriott, schedule: { kind: 'daysAgo', days: [18] }, cents: [68_914, 68_914] },
    { merchant: M.starbucks, schedule: { kind: 'chance', perDay: 0.1 }, cents: [395, 795], hours: [6, 10] },
    { merchant: M.lyft, schedule: { kind: 'chance', perDay: 0.05 }, cents: [1_200, 3_800], hours: [17, 23] },
    {
      merchant: transfer('Payment', 'PAYMENT THANK YOU'),
      schedule: { kind: 'monthly', day: 12 },
      cents: [40_000, 90_000],
      memo: 'CREDIT',
    },
  ],
  cashCard: [
    { merchant: M.costcoGas, schedule: { kind: 'weekly', weekday: 3 }, cents: [3_900, 6_900] },
    { merchant: M.traderJoes, schedule: { kind: 'weekly', weekday: 5 }, cents: [3_800, 9_600], hours: [16, 20] },
    { merchant: M.homeDepot, schedule: { kind: 'chance', perDay: 0.04 }, cents: [1_800, 24_000] },
    { merchant: M.homeDepot, schedule: { kind: 'daysAgo', days: [15] }, cents: [4_312, 4_312], memo: 'CREDIT' },
    {
      merchant: transfer('Payment', 'PAYMENT THANK YOU'),
      schedule: { kind: 'monthly', day: 25 },
      cents: [30_000, 60_000],
      memo: 'CREDIT',
    },
  ],
  mortgage: [
    {
      merchant: transfer('Payment', 'PAYMENT RECEIVED'),
      schedule: { kind: 'monthly', day: 1 },
      cents: [214_567, 214_567],
      memo: 'CREDIT',
    },
  ],
  heloc: [
    {
      merchant: transfer('Household checking', 'ADVANCE TO CHK ...2231'),
      schedule: { kind: 'daysAgo', days: [40] },
      cents: [500_000, 500_000],
    },
    {
      merchant: transfer('Payment', 'PAYMENT RECEIVED'),
      schedule: { kind: 'monthly', day: 20 },
      cents: [31_000, 31_000],
      memo: 'CREDIT',
    },
  ],
} as const satisfies Record<string, readonly Rule[]>;
