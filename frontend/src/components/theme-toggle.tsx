import { setThemeChoice, useTheme, type ThemeChoice } from '@/lib/theme'

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** A select for light, dark or the system's theme. */
export function ThemeToggle() {
  const { choice } = useTheme()
  return (
    <div className="d-flex align-items-center gap-2">
      <label htmlFor="theme-choice" className="form-label mb-0 small">
        Theme
      </label>
      <select
        id="theme-choice"
        className="form-select form-select-sm w-auto"
        value={choice}
        onChange={(event) => setThemeChoice(event.target.value as ThemeChoice)}
      >
        {(Object.keys(LABELS) as ThemeChoice[]).map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  )
}
