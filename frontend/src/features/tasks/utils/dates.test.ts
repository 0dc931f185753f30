import { dayStartUtc, formatDue, isOverdue, isValidDay } from './dates'

describe('dates in the user time zone', () => {
  it('formats a due date in the given zone, with the year only when it differs', () => {
    const now = new Date('2030-06-01T00:00:00Z')
    expect(formatDue('2030-03-01T23:30:00Z', 'Asia/Tokyo', now)).toBe('Sat 2 Mar, 08:30')
    expect(formatDue('2031-03-01T23:30:00Z', 'UTC', now)).toBe('Sat 1 Mar 2031, 23:30')
  })

  it('finds where a day starts, across a DST change', () => {
    expect(dayStartUtc('2030-03-31', 'Europe/Paris')).toBe('2030-03-30T23:00:00.000Z')
    expect(dayStartUtc('2030-03-31', 'Europe/Paris', 1)).toBe('2030-03-31T22:00:00.000Z')
    expect(dayStartUtc('31/03/2030', 'UTC')).toBeNull()
  })

  it('refuses days that do not exist instead of rolling them over', () => {
    expect(dayStartUtc('2025-02-31', 'UTC')).toBeNull()
    expect(dayStartUtc('2025-13-01', 'UTC')).toBeNull()
    expect(dayStartUtc('2024-02-29', 'UTC')).toBe('2024-02-29T00:00:00.000Z')
    expect(isValidDay('2025-02-29')).toBe(false)
    expect(isValidDay('2025-04-31')).toBe(false)
    expect(isValidDay('0099-12-31')).toBe(true)
    expect(isValidDay('')).toBe(false)
  })

  it('calls open tasks past their due date overdue', () => {
    const now = Date.parse('2030-01-02T00:00:00Z')
    expect(isOverdue({ completed: false, due_date: '2030-01-01T00:00:00Z' }, now)).toBe(true)
    expect(isOverdue({ completed: true, due_date: '2030-01-01T00:00:00Z' }, now)).toBe(false)
    expect(isOverdue({ completed: false, due_date: null }, now)).toBe(false)
    expect(isOverdue({ completed: false, due_date: '2030-01-03T00:00:00Z' }, now)).toBe(false)
  })
})
