import { DEFAULT_RULE, describeRRule, parseRRule, previewOccurrences, toRRule } from './rrule-text'

describe('toRRule', () => {
  it('writes weekly days and an interval in RFC 5545 part order, as the API normalises them', () => {
    expect(toRRule({ ...DEFAULT_RULE, freq: 'weekly', interval: 2, days: ['WE', 'MO'] })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
    )
  })

  it.each([
    [{ freq: 'daily' as const }, 'FREQ=DAILY'],
    [{ freq: 'weekdays' as const, interval: 3 }, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    [{ freq: 'monthly' as const, monthly: 'day' as const, monthDay: -1 }, 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    [{ freq: 'monthly' as const, monthly: 'weekday' as const, nth: 2, nthDay: 'TU' as const }, 'FREQ=MONTHLY;BYDAY=2TU'],
    [{ freq: 'yearly' as const, end: 'count' as const, count: 5 }, 'FREQ=YEARLY;COUNT=5'],
    [{ freq: 'daily' as const, end: 'until' as const, until: '2026-12-31' }, 'FREQ=DAILY;UNTIL=20261231'],
  ])('%o -> %s', (change, text) => {
    expect(toRRule({ ...DEFAULT_RULE, ...change })).toBe(text)
  })
})

describe('parseRRule', () => {
  it('reads parts in any order and case', () => {
    expect(parseRRule('rrule:FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2')).toMatchObject({
      freq: 'weekly',
      interval: 2,
      days: ['MO', 'WE'],
      end: 'never',
    })
  })

  it.each([
    'FREQ=DAILY',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
    'FREQ=MONTHLY',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR',
    'FREQ=YEARLY;COUNT=4',
    'FREQ=DAILY;UNTIL=20261231;INTERVAL=2',
  ])('round-trips %s', (text) => {
    const rule = parseRRule(text)
    expect(rule).not.toBeNull()
    if (rule) expect(parseRRule(toRRule(rule))).toEqual(rule)
  })

  it('reads a daily rule on workdays as "every weekday"', () => {
    expect(parseRRule('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR')?.freq).toBe('weekdays')
  })

  it.each([
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'FREQ=MONTHLY;BYMONTHDAY=1,15',
    'FREQ=DAILY;UNTIL=20261231T120000Z',
    'FREQ=WEEKLY;BYDAY=1MO',
    'FREQ=HOURLY',
    'nonsense',
    '',
  ])('leaves %s to the raw field (custom rule)', (text) => {
    expect(parseRRule(text)).toBeNull()
  })
})

describe('describeRRule', () => {
  it('puts a rule in words', () => {
    expect(describeRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE')).toBe('Every 2 weeks on Monday, Wednesday')
  })

  it('answers null for text that is no rule', () => {
    expect(describeRRule('FREQ=NEVER')).toBeNull()
  })
})

describe('previewOccurrences', () => {
  it('keeps the wall-clock time across a daylight-saving change, starting with the due date', () => {
    // New York moves to summer time on 8 March 2026: 09:00 is 14:00Z before and 13:00Z after.
    expect(previewOccurrences('FREQ=DAILY', '2026-03-07T14:00:00.000Z', 'America/New_York', 3)).toEqual([
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ])
  })

  it('stops at COUNT, which counts the due date', () => {
    expect(previewOccurrences('FREQ=WEEKLY;COUNT=2', '2026-01-05T09:00:00.000Z', 'UTC', 3)).toEqual([
      '2026-01-05T09:00:00.000Z',
      '2026-01-12T09:00:00.000Z',
    ])
  })

  it('includes the whole UNTIL day', () => {
    expect(previewOccurrences('FREQ=DAILY;UNTIL=20260106', '2026-01-05T09:00:00.000Z', 'UTC', 3)).toHaveLength(2)
  })

  it('answers [] for a rule that does not parse', () => {
    expect(previewOccurrences('FREQ=NEVER', '2026-01-05T09:00:00.000Z', 'UTC')).toEqual([])
  })
})
