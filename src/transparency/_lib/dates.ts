import { addMonths, format } from 'date-fns';

/**
 * `iso` + `months` calendar months (date-fns `addMonths`: the day is clamped to the month's length,
 * 31 August + 6 months = 28/29 February), independent of the process time zone. @internal
 */
export function addMonthsIso(iso: string, months: number): string {
  const d = new Date(2000, 0, 1);
  d.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  d.setHours(0, 0, 0, 0);
  return format(addMonths(d, months), 'yyyy-MM-dd');
}
