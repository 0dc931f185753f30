/**
 * Renders the web app's PNG icons from its one SVG source, public/favicon.svg, into public/icons/ (committed:
 * run `npm run icons` after changing the SVG). The maskable icon puts the same drawing inside the safe zone
 * (the middle 80 %) of a full-bleed square in the icon's own blue, so launchers may crop it to any shape.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { Resvg } from '@resvg/resvg-js'

const publicDir = fileURLToPath(new URL('../public/', import.meta.url))
const source = readFileSync(`${publicDir}favicon.svg`, 'utf8')
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(source)?.[1] ?? '#0d6efd'

/** The source drawn at `inset` px from each edge of a `size` square, on the icon's background when `bleed`. */
function framed(size, inset, bleed) {
  const inner = size - 2 * inset
  const nested = source.replace('<svg ', `<svg x="${inset}" y="${inset}" width="${inner}" height="${inner}" `)
  const fill = bleed ? `<rect width="${size}" height="${size}" fill="${background}"/>` : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${fill}${nested}</svg>`
}

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: framed(192, 0, false) },
  { file: 'icon-512.png', size: 512, svg: framed(512, 0, false) },
  // Safe zone: a circle of radius 40 % of the size; the drawing's corners stay inside it at a 12 % inset.
  { file: 'icon-maskable-512.png', size: 512, svg: framed(512, Math.round(512 * 0.12), true) },
  // iOS ignores the manifest's icons and rounds the corners itself: a full-bleed square.
  { file: 'apple-touch-icon.png', size: 180, svg: framed(180, Math.round(180 * 0.08), true) },
]

for (const { file, size, svg } of ICONS) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
  writeFileSync(`${publicDir}icons/${file}`, png)
  console.log(`public/icons/${file} (${size}x${size}, ${png.length} bytes)`)
}
