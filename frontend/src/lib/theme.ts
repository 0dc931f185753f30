import { useSyncExternalStore } from 'react'

/** Light or dark (Bootstrap's `data-bs-theme`), following the system unless the user picked one. */
export type ThemeChoice = 'light' | 'dark' | 'system'

const KEY = 'taskforge.theme'
const media = () => window.matchMedia('(prefers-color-scheme: dark)')
const listeners = new Set<() => void>()

export function getThemeChoice(): ThemeChoice {
  const stored = localStorage.getItem(KEY)
  return stored === 'light' || stored === 'dark' ? stored : 'system'
}

export function resolvedTheme(choice: ThemeChoice = getThemeChoice()): 'light' | 'dark' {
  if (choice !== 'system') return choice
  return media().matches ? 'dark' : 'light'
}

export function applyTheme(): void {
  document.documentElement.setAttribute('data-bs-theme', resolvedTheme())
}

export function setThemeChoice(choice: ThemeChoice): void {
  if (choice === 'system') localStorage.removeItem(KEY)
  else localStorage.setItem(KEY, choice)
  applyTheme()
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onSystemChange = () => {
    applyTheme()
    listener()
  }
  const query = media()
  query.addEventListener('change', onSystemChange)
  return () => {
    listeners.delete(listener)
    query.removeEventListener('change', onSystemChange)
  }
}

/** The user's choice and the theme in effect. */
export function useTheme(): { choice: ThemeChoice; theme: 'light' | 'dark' } {
  const choice = useSyncExternalStore(subscribe, getThemeChoice)
  const theme = useSyncExternalStore(subscribe, () => resolvedTheme(choice))
  return { choice, theme }
}
