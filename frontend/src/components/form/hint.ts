const words = (text: string) => text.toLowerCase().trim().replace(/[.!]$/, '')

/**
 * The hint to show beside a field: none while its error says the same thing ("Use 3 to 32 letters, ..." under
 * the hint "3 to 32 letters, ..."), so the rule is not read out twice.
 */
export function hintBeside(hint: string | undefined, error: string | null | undefined): string | undefined {
  if (!hint || !error) return hint
  const [a, b] = [words(hint), words(error)]
  return a.includes(b) || b.includes(a) ? undefined : hint
}
