import { fromWallClock, toWallClock, zoneLabel } from './zoned-time'

describe('fromWallClock', () => {
  it("reads the date and time in the user's zone, not the browser's", () => {
    expect(fromWallClock({ date: '2026-03-10', time: '09:00' }, 'America/New_York')).toBe('2026-03-10T13:00:00.000Z')
    expect(fromWallClock({ date: '2026-01-10', time: '09:00' }, 'America/New_York')).toBe('2026-01-10T14:00:00.000Z')
    expect(fromWallClock({ date: '2026-03-10', time: '09:00' }, 'Asia/Tokyo')).toBe('2026-03-10T00:00:00.000Z')
  })

  it('takes midnight for a date without a time, and null without a date', () => {
    expect(fromWallClock({ date: '2026-03-10', time: '' }, 'UTC')).toBe('2026-03-10T00:00:00.000Z')
    expect(fromWallClock({ date: '', time: '09:00' }, 'UTC')).toBeNull()
  })
})

describe('toWallClock', () => {
  it('shows an instant in the zone', () => {
    expect(toWallClock('2026-03-10T13:00:00Z', 'America/New_York')).toEqual({ date: '2026-03-10', time: '09:00' })
    expect(toWallClock(null, 'UTC')).toEqual({ date: '', time: '' })
  })
})

describe('zoneLabel', () => {
  it('names the zone with its abbreviation', () => {
    expect(zoneLabel('America/New_York', new Date('2026-01-10T12:00:00Z'))).toBe('America/New_York (EST)')
    expect(zoneLabel('UTC')).toBe('UTC')
  })
})
