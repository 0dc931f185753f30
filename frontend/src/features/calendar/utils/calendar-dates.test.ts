import { calendarStart, droppedDue, moveToDay, rangeInstants, visibleRange, wallClockNow } from './calendar-dates'

// The browser's zone must not matter: the tests run with the process in Tokyo while the user lives elsewhere.
beforeAll(() => {
  vi.stubEnv('TZ', 'Asia/Tokyo')
})
afterAll(() => {
  vi.unstubAllEnvs()
})

/** A FullCalendar date in UTC mode: its UTC fields are the wall clock shown. */
const shown = (wallClock: string) => new Date(`${wallClock}Z`)

describe('calendarStart', () => {
  it("gives FullCalendar the wall clock of the user's zone, not the browser's", () => {
    // 14:30 UTC is 09:30 in New York, and 23:30 in Tokyo where the "browser" is.
    expect(new Date('2026-12-10T14:30:00Z').getHours()).toBe(23)
    expect(calendarStart('2026-12-10T14:30:00Z', 'America/New_York')).toEqual({ start: '2026-12-10T09:30:00', allDay: false })
    // 03:00 UTC on the 11th is still the 10th in New York.
    expect(calendarStart('2026-12-11T03:00:00Z', 'America/New_York')).toEqual({ start: '2026-12-10T22:00:00', allDay: false })
  })

  it('shows a task due at midnight in the zone (a date without a time) all day', () => {
    expect(calendarStart('2026-12-20T05:00:00Z', 'America/New_York')).toEqual({ start: '2026-12-20', allDay: true })
    // Midnight UTC is 19:00 the day before in New York: a timed task there.
    expect(calendarStart('2026-12-20T00:00:00Z', 'America/New_York').allDay).toBe(false)
  })
})

describe('droppedDue', () => {
  it('keeps the clock time when a task moves across the start of summer time', () => {
    // Friday 27 March 2026, 09:00 in Berlin (CET, UTC+1) dropped on Monday 30 March (CEST, UTC+2): still 09:00.
    const { start } = calendarStart('2026-03-27T08:00:00Z', 'Europe/Berlin')
    expect(start).toBe('2026-03-27T09:00:00')
    expect(droppedDue(shown('2026-03-30T09:00:00'), false, 'Europe/Berlin')).toBe('2026-03-30T07:00:00.000Z')
  })

  it('keeps the clock time across the end of summer time in New York', () => {
    // Friday 30 October 2026 18:15 EDT (UTC-4) to Tuesday 3 November (EST, UTC-5).
    expect(droppedDue(shown('2026-11-03T18:15:00'), false, 'America/New_York')).toBe('2026-11-03T23:15:00.000Z')
  })

  it("gives a drop on the all-day row midnight in the user's zone", () => {
    expect(droppedDue(shown('2026-12-20T00:00:00'), true, 'America/New_York')).toBe('2026-12-20T05:00:00.000Z')
    expect(droppedDue(shown('2026-12-20T13:45:00'), true, 'Asia/Kolkata')).toBe('2026-12-19T18:30:00.000Z')
  })
})

describe('moveToDay', () => {
  it('puts the same wall-clock time on another day, whatever the offset there', () => {
    expect(moveToDay('2026-03-27T08:00:00Z', '2026-03-30', 'Europe/Berlin')).toBe('2026-03-30T07:00:00.000Z')
    expect(moveToDay('2026-03-27T08:00:00Z', 'not a day', 'Europe/Berlin')).toBeNull()
  })
})

describe('visibleRange and rangeInstants', () => {
  it("bounds the visible days by their starts in the user's zone", () => {
    const range = visibleRange(shown('2026-11-30T00:00:00'), shown('2027-01-11T00:00:00'))
    expect(range).toEqual({ start: '2026-11-30', end: '2027-01-11' })
    expect(rangeInstants(range, 'America/New_York')).toEqual({
      from: '2026-11-30T05:00:00.000Z',
      to: '2027-01-11T05:00:00.000Z',
    })
  })

  it('counts each bound from its own wall clock when the range spans a DST change (a 23-hour day)', () => {
    const bounds = rangeInstants({ start: '2026-03-29', end: '2026-03-30' }, 'Europe/Berlin')
    expect(bounds).toEqual({ from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' })
    expect(rangeInstants({ start: '', end: '2026-03-30' }, 'Europe/Berlin')).toBeNull()
  })
})

describe('wallClockNow', () => {
  it("is the user's today and time, for the calendar's today cell", () => {
    // 02:00 UTC on 8 December is still 7 December (21:00) in New York.
    expect(wallClockNow('America/New_York', new Date('2026-12-08T02:00:00Z'))).toBe('2026-12-07T21:00:00')
  })
})
