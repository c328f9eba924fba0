import type { DateRange } from '../../shared/bank';
import type { Clock } from '../../shared/clock';

/** A date range as the client sends it: v5 `startTime`/`endTime` and v6 `startDate`/`endDate`, days only. */
export function rangeQuery(range: DateRange): Record<string, string> {
  const start = range.start.toISODate() ?? '';
  const end = range.end.setZone(range.start.zone).toISODate() ?? '';
  return { startTime: start, endTime: end, startDate: start, endDate: end };
}

/** The last 30 days up to today, whole days in `zone`. */
export function last30Days(zone: string, clock: Clock): DateRange {
  const today = clock.now().setZone(zone);
  return { start: today.minus({ days: 30 }).startOf('day'), end: today.endOf('day') };
}

/** A range whose start lies after its end (today back to 30 days ago), which a bank must refuse. */
export function backwardsRange(zone: string, clock: Clock): DateRange {
  const { start, end } = last30Days(zone, clock);
  return { start: end.startOf('day'), end: start.endOf('day') };
}
