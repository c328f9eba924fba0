import type { DateTime } from 'luxon';
import { parseAmazonDate } from './amazon-date-grammar';
import {
  civilDayOf,
  dayPeriod,
  finish,
  MALFORMED,
  mostRecent,
  type PeriodResult,
  resolvePeriod,
  unusable,
} from '../../../shared';

/**
 * Resolves an AMAZON.DATE slot value to whole days in `now`'s zone, reading it as a question about
 * the past.
 *
 * Forms: `2026-11-24`, `2026-W48`, `2026-W48-WE` (Saturday and Sunday), `2026-11`, `2026`, seasons
 * `2026-WI|SP|SU|FA` (northern meteorological; a winter belongs to the year it starts in, so `2025-WI`
 * is 2025-12-01 to 2026-02-28), decade `202X`, `PRESENT_REF` (today), and the yearless forms
 * `XXXX-11-24`, `XXXX-11`, `XXXX-W48`, `XXXX-W48-WE`, `XXXX-WI`, which take the most recent year whose
 * period has started by today.
 *
 * Future values: a day, week or weekend starting within the next 7 days moves one week earlier; any
 * other future day, month or season moves one year earlier; whatever is still in the future, and any
 * future year or decade, fails with `future`. A period reaching past today ends today.
 *
 * @param now the current instant in the user's zone; every boundary is computed in that zone.
 */
export function resolveAmazonDate(value: string, now: DateTime): PeriodResult {
  const rejected = unusable(value, now);
  if (rejected) return rejected;
  if (value === 'PRESENT_REF') return finish(dayPeriod(civilDayOf(now)), false, now);
  const template = parseAmazonDate(value);
  if (!template) return MALFORMED;
  if (template.year === 'any') {
    const period = mostRecent(template.build, civilDayOf(now));
    return period ? finish(period, false, now) : MALFORMED;
  }
  const period = template.build(template.year);
  return period ? resolvePeriod(period, now) : MALFORMED;
}
