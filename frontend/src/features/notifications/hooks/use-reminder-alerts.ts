import { useEffect, useRef } from 'react'
import { toast } from 'react-toastify/unstyled'

import { formatInZone } from '@/lib/zoned-time'

import type { Notification as Reminder } from '../api/get-notifications'
import { browserPermission } from './notification-permission'

function reminderBody(reminder: Reminder, timeZone: string): string {
  return reminder.due_date ? `Due ${formatInZone(reminder.due_date, timeZone)}` : 'Reminder'
}

function alert(reminder: Reminder, timeZone: string): void {
  const body = reminderBody(reminder, timeZone)
  if (browserPermission() === 'granted') {
    try {
      // The tag makes every open tab, and a push of the same notification (public/sw.js), show one, not one each.
      new Notification(reminder.title, { body, tag: `n${reminder.id}` })
    } catch {
      // Some mobile browsers only allow notifications from a service worker: the toast remains.
    }
  }
  if (document.visibilityState === 'visible') toast.info(`Reminder: ${reminder.title}. ${body}.`)
}

/**
 * Alerts (browser notification when permitted, toast while the tab is visible) for unread reminders that
 * arrive while this tab is open. What the first load brings is old news: it is only marked seen.
 */
export function useReminderAlerts(latest: Reminder[] | undefined, timeZone: string): void {
  const seen = useRef<{ ids: Set<number>; newest: number } | null>(null)

  useEffect(() => {
    if (!latest) return
    if (!seen.current) {
      seen.current = { ids: new Set(latest.map((item) => item.id)), newest: Math.max(0, ...latest.map((item) => item.id)) }
      return
    }
    const memory = seen.current
    // Newer than anything seen: an older one scrolled into a page, or one marked unread again, is no news.
    const fresh = latest.filter((item) => !memory.ids.has(item.id) && item.id > memory.newest && item.read_at === null)
    for (const item of latest) memory.ids.add(item.id)
    memory.newest = Math.max(memory.newest, ...latest.map((item) => item.id))
    for (const reminder of fresh.reverse()) alert(reminder, timeZone)
  }, [latest, timeZone])
}
