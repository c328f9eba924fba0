import fc from 'fast-check';
import { DateTime } from 'luxon';

/** Zones behind, ahead of and far from UTC, with half-hour offsets, 30-minute DST and midnight DST. */
export const ZONES = [
  'UTC',
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Santiago',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'Asia/Beirut',
  'Asia/Tehran',
  'Australia/Lord_Howe',
  'Europe/London',
] as const;

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2035-12-31T00:00:00Z'),
  noInvalidDate: true,
});

/** A clock in a random zone; the local date is often not the UTC date. */
export const nowArb = fc
  .tuple(instant, fc.constantFrom(...ZONES))
  .map(([date, zone]) => DateTime.fromJSDate(date, { zone }));

/** An optional history start, an instant seen from any zone (the resolver must re-read it in the user's). */
export const historyArb = fc.option(
  fc.tuple(instant, fc.constantFrom(...ZONES)).map(([date, zone]) => DateTime.fromJSDate(date, { zone })),
  { nil: undefined },
);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const yearText = fc.oneof(
  fc.integer({ min: 1995, max: 2040 }).map((y) => pad(y, 4)),
  fc.constant('XXXX'),
);

/** Well-formed AMAZON.DATE strings of every form; some name days that do not exist (2026-02-30). */
export const amazonDateArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(yearText, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc
    .tuple(yearText, fc.integer({ min: 1, max: 53 }), fc.boolean())
    .map(([y, w, we]) => `${y}-W${pad(w)}${we ? '-WE' : ''}`),
  fc.tuple(yearText, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(yearText, fc.constantFrom('WI', 'SP', 'SU', 'FA')).map(([y, s]) => `${y}-${s}`),
  fc.integer({ min: 1995, max: 2040 }).map((y) => String(y)),
  fc.integer({ min: 199, max: 204 }).map((d) => `${d}X`),
  fc.constant('PRESENT_REF'),
);

/** A Dialogflow date-time string for a random instant, written with a random offset. */
export const dialogflowStringArb = fc
  .tuple(instant, fc.constantFrom(...ZONES))
  .map(([date, zone]) => DateTime.fromJSDate(date, { zone }).toISO({ suppressMilliseconds: true }) ?? '');

/** Strings that cannot be an AMAZON.DATE value: they hold a character no form uses. */
export const notAmazonDateArb = fc
  .tuple(fc.string(), fc.constantFrom('?', ' ', 'a', '/', '.', ':', 'é'), fc.string())
  .map(([a, odd, b]) => `${a}${odd}${b}`);
