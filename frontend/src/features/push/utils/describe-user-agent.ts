// First match wins: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux, an
// iPhone also says Mac OS X.
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
]
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Macintosh|Mac OS X/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

/** A subscribed browser in words, from its User-Agent: "Firefox on Linux"; the string itself when unknown. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'A browser'
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1]
  if (!browser) return userAgent
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1]
  return system ? `${browser} on ${system}` : browser
}
