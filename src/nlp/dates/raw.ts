// A date as the text gives it, before it is resolved against the publication day.

/** A day ("25 September") or, without `day`, a month ("September 2022"). */
export interface Point {
  year?: number;
  month: number;
  day?: number;
}

export type RawDateValue =
  | { kind: 'point'; point: Point }
  | { kind: 'year'; year: number }
  /** "on Monday": the last such weekday on or before publication; "next Monday": the first after */
  | { kind: 'weekday'; weekday: number; future?: boolean }
  /** "yesterday", "today": a day offset from publication */
  | { kind: 'dayOffset'; days: number }
  /** "two years ago", already computed by chrono from the publication day */
  | { kind: 'ago'; year: number; month: number; day: number; unit: 'day' | 'month' | 'year' }
  /** "last week" (-1) or "this week" (0) */
  | { kind: 'week'; offset: number }
  /** "last month", "в этом году": the month or year relative to publication */
  | { kind: 'monthOffset'; offset: number }
  | { kind: 'yearOffset'; offset: number }
  /** "between 2014 and 2022", "в 2014–2022 годах" */
  | { kind: 'yearRange'; from: number; to: number }
  | { kind: 'range'; from: Point; to: Point }
  /** "since 24 February", "since 2014", "since Monday": from then to publication */
  | { kind: 'since'; from: Point | { year: number } | { weekday: number } };

export type RawDate = RawDateValue & { start: number; end: number };
