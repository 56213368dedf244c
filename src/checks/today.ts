/** Dates as the catalogue writes them (YYYY-MM-DD), in the UK's time zone. */

/** Today's date in the UK (Europe/London), as YYYY-MM-DD: waivers end on UK dates. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
