import type { QueryClient } from '@tanstack/react-query'

import { isApiError } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import { createEventTicket } from './api/create-event-ticket'
import { dropRemovedProject } from './project-changes'

const COALESCE_MS = 250
const MIN_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 30_000
const HIDDEN_CLOSE_MS = 5 * 60_000
// While the stream is down (a proxy that buffers it, Redis and the server both away...), what is on screen is
// refetched this often, so a tab that stays visible and focused still catches up.
const DOWN_POLL_MS = 30_000

/** Waits 1 s, 2 s, 4 s ... up to 30 s, each between half and all of that ("equal jitter"): tabs do not stampede. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** attempt)
  return ceiling / 2 + random() * (ceiling / 2)
}

/** Runs `action` at once, then at most once per `ms` while calls keep coming (the last call is never lost). */
function throttle(action: () => void, ms: number): { run: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending = false
  const release = () => {
    timer = undefined
    if (pending) {
      pending = false
      action()
      timer = setTimeout(release, ms)
    }
  }
  return {
    run: () => {
      if (timer !== undefined) {
        pending = true
        return
      }
      action()
      timer = setTimeout(release, ms)
    },
    cancel: () => {
      clearTimeout(timer)
      timer = undefined
      pending = false
    },
  }
}

/**
 * Follows the user's change stream (`GET /api/events`) and refetches what changed, until the returned stop is
 * called. Every change refetches what is on screen (tasks, projects, sections, members, teams, an open task's
 * comments: every query but the session's), coalesced; a project taken from the user is also dropped at once (see `dropRemovedProject`). Each
 * connection needs a fresh single-use ticket, so the browser's own reconnect (same URL, used ticket) is never
 * relied on: on an error the stream is closed and reopened with a new ticket after a backoff.
 *
 * The server reads a resume point only from the `Last-Event-ID` header (its query accepts nothing but `ticket`),
 * which a new EventSource cannot send: every connection after the first starts "from now", so when its `ready`
 * arrives everything is refetched once and nothing missed in between stays stale.
 */
export function startLiveStream(queryClient: QueryClient): () => void {
  let source: EventSource | null = null
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined
  let attempt = 0
  let connectedBefore = false
  let stopped = false
  let asleep = false
  // Read through a function: an await may pass while stop() or sleep runs.
  const halted = () => stopped || asleep

  let pollTimer: ReturnType<typeof setInterval> | undefined
  let afterWrites: (() => void) | null = null

  // A refetch that lands while this tab's own writes are in flight would overwrite their optimistic state with
  // the server's older answer: it waits until they have settled (they refetch what they touched themselves).
  const refetchAll = () => {
    if (queryClient.isMutating() === 0) {
      void invalidateUserData(queryClient)
      return
    }
    afterWrites ??= queryClient.getMutationCache().subscribe(() => {
      if (queryClient.isMutating() > 0) return
      afterWrites?.()
      afterWrites = null
      void invalidateUserData(queryClient)
    })
  }
  const onChange = throttle(refetchAll, COALESCE_MS)

  const pollWhileDown = () => {
    pollTimer ??= setInterval(refetchAll, DOWN_POLL_MS)
  }
  const streamUp = () => {
    clearInterval(pollTimer)
    pollTimer = undefined
  }

  const close = () => {
    source?.close()
    source = null
  }

  const retryLater = () => {
    pollWhileDown()
    clearTimeout(retryTimer)
    retryTimer = setTimeout(() => void open(), backoffDelay(attempt))
    attempt += 1
  }

  async function open(): Promise<void> {
    if (halted()) return
    close()
    let ticket: string
    try {
      ticket = (await createEventTicket()).ticket
    } catch (error) {
      // 401: the session is gone (the client signed out and the hook stops the stream); anything else: try again.
      if (!(isApiError(error) && error.status === 401)) retryLater()
      return
    }
    if (halted()) return
    const stream = new EventSource(`/api/events?ticket=${encodeURIComponent(ticket)}`)
    source = stream
    stream.addEventListener('ready', () => {
      attempt = 0
      streamUp()
      if (connectedBefore) refetchAll()
      connectedBefore = true
    })
    stream.addEventListener('change', (event: MessageEvent<unknown>) => {
      dropRemovedProject(queryClient, event.data)
      onChange.run()
    })
    // The changes after our position were pruned: reload everything, then follow.
    stream.addEventListener('reset', refetchAll)
    stream.addEventListener('expired', () => {
      close()
      void open()
    })
    stream.addEventListener('error', () => {
      if (source !== stream) return
      close()
      retryLater()
    })
  }

  // A tab hidden for long lets its connection go; the query client refetches on focus, and `ready` catches up.
  const onVisibility = () => {
    clearTimeout(hiddenTimer)
    if (document.visibilityState === 'hidden') {
      hiddenTimer = setTimeout(() => {
        asleep = true
        clearTimeout(retryTimer)
        streamUp()
        close()
      }, HIDDEN_CLOSE_MS)
    } else if (asleep) {
      asleep = false
      attempt = 0
      void open()
    }
  }
  document.addEventListener('visibilitychange', onVisibility)

  void open()
  return () => {
    stopped = true
    clearTimeout(retryTimer)
    clearTimeout(hiddenTimer)
    onChange.cancel()
    streamUp()
    afterWrites?.()
    afterWrites = null
    document.removeEventListener('visibilitychange', onVisibility)
    close()
  }
}
