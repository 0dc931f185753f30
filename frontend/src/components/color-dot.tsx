const HEX_COLOR = /^#[0-9a-f]{6}$/i

/**
 * A project's or tag's colour as a dot; decorative (the name next to it says what it is). The grey ring (3:1 or
 * more against white, black and the chips in both themes) keeps any colour in sight; an unusable colour shows none.
 */
export function ColorDot({ color, className = 'me-1' }: { color: string | null | undefined; className?: string }) {
  if (!color || !HEX_COLOR.test(color)) return null
  return (
    <span
      className={`color-dot d-inline-block align-middle rounded-circle border border-secondary flex-shrink-0 ${className}`}
      style={{ background: color }}
      aria-hidden="true"
    />
  )
}
