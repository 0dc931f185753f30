import { filenameOf } from './export-tasks'

describe('filenameOf', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-11-24T12:00:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it.each([
    ['attachment; filename=taskforge-export-2025-11-24.json', 'taskforge-export-2025-11-24.json'],
    ['attachment; filename="my tasks.json"', 'my tasks.json'],
    ['attachment; filename="a \\"quoted\\" name.json"', 'a "quoted" name.json'],
    ["attachment; filename*=UTF-8''t%C3%A2ches.json; filename=\"taches.json\"", 'tâches.json'],
    ["attachment; filename=\"taches.json\"; filename*=utf-8'fr't%C3%A2ches.json", 'tâches.json'],
    // Malformed percent-encoding: the plain name, or the default without one; never an exception.
    ["attachment; filename*=UTF-8''bad%E0%A4%A.json; filename=\"fallback.json\"", 'fallback.json'],
    ["attachment; filename*=UTF-8''%ZZ%", 'taskforge-export-2025-11-24.json'],
    ['attachment; filename=%E0%A4%A.json', '%E0%A4%A.json'],
    ["attachment; filename*=ISO-8859-1''caf%E9.json", 'taskforge-export-2025-11-24.json'],
    ['attachment; filename="../../etc/passwd"', '.._.._etc_passwd'],
    ['attachment; filename=".."', 'taskforge-export-2025-11-24.json'],
    ['attachment', 'taskforge-export-2025-11-24.json'],
    [null, 'taskforge-export-2025-11-24.json'],
  ])('%j gives %j', (disposition, name) => {
    expect(filenameOf(disposition, 'json')).toBe(name)
  })

  it('names the default after the format', () => {
    expect(filenameOf(null, 'csv')).toBe('taskforge-export-2025-11-24.csv')
  })
})
