// --from/--to (and ?from=/?to=) must be real calendar dates: the pattern alone let 2024-13-45 through
// to a date computation that failed with "Invalid time value".
import { describe, expect, it } from 'vitest';
import { EventQuerySchema } from './query.js';

describe('EventQuery dates', () => {
  it.each(['2024', '2024-02', '2024-02-29', '2023-12-31'])('accepts %s', (from) => {
    expect(EventQuerySchema.parse({ from, to: from })).toMatchObject({ from, to: from });
  });

  it.each(['2024-13-45', '2024-13', '2024-00', '2023-02-29', '2024-04-31', '2024-01-00'])(
    'refuses %s, saying why',
    (from) => {
      const r = EventQuerySchema.safeParse({ from });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]).toMatchObject({
        path: ['from'],
        message: `'${from}' is not a calendar date: the month must be 01–12 and the day exist in that month`,
      });
    },
  );
});
