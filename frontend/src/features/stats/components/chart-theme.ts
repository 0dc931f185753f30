/** Chart colours that keep their contrast on Bootstrap's light and dark backgrounds. */
export interface ChartPalette {
  text: string
  grid: string
  bar: string
  /** Low, Medium, High, Urgent. */
  priorities: [string, string, string, string]
}

const LIGHT: ChartPalette = {
  text: '#212529',
  grid: 'rgba(33, 37, 41, 0.15)',
  bar: '#0d6efd',
  priorities: ['#6c757d', '#0d6efd', '#fd7e14', '#dc3545'],
}

const DARK: ChartPalette = {
  text: '#dee2e6',
  grid: 'rgba(222, 226, 230, 0.2)',
  bar: '#6ea8fe',
  priorities: ['#adb5bd', '#6ea8fe', '#feb272', '#ea868f'],
}

export function chartPalette(theme: 'light' | 'dark'): ChartPalette {
  return theme === 'dark' ? DARK : LIGHT
}
