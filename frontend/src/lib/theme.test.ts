import { applyTheme, getThemeChoice, resolvedTheme, setThemeChoice } from './theme'

function systemPrefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  }))
}

describe('theme', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('follows the system until the user picks one', () => {
    systemPrefersDark(true)
    expect(getThemeChoice()).toBe('system')
    applyTheme()
    expect(document.documentElement).toHaveAttribute('data-bs-theme', 'dark')

    setThemeChoice('light')
    expect(document.documentElement).toHaveAttribute('data-bs-theme', 'light')
    expect(resolvedTheme()).toBe('light')

    setThemeChoice('system')
    expect(document.documentElement).toHaveAttribute('data-bs-theme', 'dark')
    expect(localStorage.getItem('taskforge.theme')).toBeNull()
  })

  it('uses light when the system has no preference', () => {
    systemPrefersDark(false)
    applyTheme()
    expect(document.documentElement).toHaveAttribute('data-bs-theme', 'light')
  })
})
