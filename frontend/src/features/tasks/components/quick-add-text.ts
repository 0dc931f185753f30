/**
 * What the quick-add box shows of a reading: the text cut into plain and recognised pieces (offsets are Unicode
 * code points, as the API counts them), and a sentence saying what the task will be.
 */
import { formatDue } from '../utils/dates'
import { describeRRule } from '../utils/rrule-text'
import type { ParsedSpan, Reading } from '../api/parse-task'

export type SpanKind = ParsedSpan['kind']

export interface Piece {
  text: string
  kind: SpanKind | null
}

/** How many code points `a` and `b` share from the start. */
function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let index = 0
  while (index < a.length && index < b.length && a[index] === b[index]) index += 1
  return index
}

/**
 * The spans of `reading` that hold for `text`: all of them when it is of this text; while an answer for what is
 * typed now is on its way, those of the last answer that end before the first change, with one unchanged code point
 * after them (a token that was being typed may read differently once finished).
 */
export function spansFor(reading: Reading | undefined, text: string): ParsedSpan[] {
  if (!reading) return []
  if (reading.text === text) return reading.spans
  const kept = commonPrefix(Array.from(reading.text), Array.from(text))
  return reading.spans.filter((span) => span.end < kept)
}

/** `text` cut at the spans (sorted, not overlapping), each piece with its span's kind or null. */
export function piecesOf(text: string, spans: readonly ParsedSpan[]): Piece[] {
  const points = Array.from(text)
  const pieces: Piece[] = []
  let at = 0
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > points.length || span.end <= span.start) continue
    if (span.start > at) pieces.push({ text: points.slice(at, span.start).join(''), kind: null })
    pieces.push({ text: points.slice(span.start, span.end).join(''), kind: span.kind })
    at = span.end
  }
  if (at < points.length) pieces.push({ text: points.slice(at).join(''), kind: null })
  return pieces
}

const UNITS: readonly [number, string][] = [
  [10_080, 'week'],
  [1_440, 'day'],
  [60, 'hour'],
  [1, 'minute'],
]

/** 30 -> "30 minutes", 1440 -> "1 day", 90 -> "90 minutes": the largest unit that divides it. */
export function minutesText(minutes: number): string {
  if (minutes === 0) return 'at the due time'
  const [size, unit] = UNITS.find(([length]) => minutes % length === 0) ?? [1, 'minute']
  const count = minutes / size
  return `${count} ${unit}${count === 1 ? '' : 's'} before`
}

const PRIORITY_WORDS: Record<number, string> = { 4: 'Urgent', 3: 'High', 2: 'Medium', 1: 'Low' }

interface SummaryContext {
  timeZone: string
  now: Date
  /** A project's name by id, for `@project`. */
  projectName: (id: number) => string | undefined
}

function spanSummary(span: ParsedSpan, { timeZone, now, projectName }: SummaryContext): string {
  const { value } = span
  switch (span.kind) {
    case 'date':
      return typeof value === 'string' ? `Due ${formatDue(value, timeZone, now)}` : `Due ${span.text}`
    case 'recurrence':
      return `Repeats ${(typeof value === 'string' && describeRRule(value)?.toLowerCase()) || span.text}`
    case 'tag':
      return `#${typeof value === 'string' ? value : span.text.replace(/^#/, '')}`
    case 'priority':
      return typeof value === 'number' ? `Priority ${5 - value} (${PRIORITY_WORDS[value] ?? value})` : span.text
    case 'project':
      return `In ${(typeof value === 'number' && projectName(value)) || span.text.slice(1)}`
    case 'reminder':
      return typeof value === 'number' ? `Reminder ${minutesText(value)}` : span.text
  }
}

/** "Buy milk · Due Tue 8 Dec, 17:00 · #groceries · Priority 1 (Urgent)", and the words not taken, said why. */
export function summaryOf(reading: Reading, context: SummaryContext): string {
  const parts = [reading.task.title ? `Title: ${reading.task.title}` : 'No title yet']
  parts.push(...reading.spans.map((span) => spanSummary(span, context)))
  parts.push(...reading.unrecognized.map((word) => `${word.text} is kept in the title: ${word.reason}`))
  return parts.join(' · ')
}
