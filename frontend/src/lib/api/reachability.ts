/**
 * Whether the API answers. A request that gets no answer, or a 502/503/504, marks it unreachable;
 * the next answer marks it reachable again. While unreachable, /health is polled so the banner clears by itself.
 */
type Listener = () => void

let reachable = true
const listeners = new Set<Listener>()
let pollTimer: ReturnType<typeof setTimeout> | undefined

const POLL_MS = 5000

function emit(): void {
  for (const listener of listeners) listener()
}

export function markReachable(): void {
  if (reachable) return
  reachable = true
  clearTimeout(pollTimer)
  emit()
}

export function markUnreachable(): void {
  if (!reachable) return
  reachable = false
  emit()
  schedulePoll()
}

function schedulePoll(): void {
  clearTimeout(pollTimer)
  pollTimer = setTimeout(() => {
    fetch('/health', { cache: 'no-store' })
      .then((response) => {
        if (response.ok) markReachable()
        else schedulePoll()
      })
      .catch(schedulePoll)
  }, POLL_MS)
}

export function isReachable(): boolean {
  return reachable
}

export function subscribeReachability(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
