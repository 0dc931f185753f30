import { useEffect, useState } from 'react'

/** "Now", refreshed every minute, for the overdue badges and the day a view starts on. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
