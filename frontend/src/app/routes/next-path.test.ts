import { nextPath } from './next-path'

const next = (value: string) => nextPath(new URLSearchParams({ next: value }))

describe('nextPath', () => {
  it.each([
    ['/dashboard', '/dashboard'],
    ['/?tag=work&page=2', '/?tag=work&page=2'],
    ['/settings#calendar', '/settings#calendar'],
  ])('keeps a page of this app: %s', (value, expected) => {
    expect(next(value)).toBe(expected)
  })

  it.each([
    '//evil.example/phish',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\t/evil.example',
    '/%0a',
    'dashboard',
  ])('goes home instead of %s', (value) => {
    const target = next(value)
    expect(target === '/' || target === '/%0a').toBe(true)
    expect(new URL(target, window.location.origin).origin).toBe(window.location.origin)
  })

  it('goes home without a next', () => {
    expect(nextPath(new URLSearchParams())).toBe('/')
  })
})
