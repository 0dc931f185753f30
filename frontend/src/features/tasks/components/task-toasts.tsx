/** The toasts of the task feature that offer one action: undo, or apply a change again after a 412. */
import { toast } from 'react-toastify/unstyled'

import type { Schemas } from '@/lib/api/client'

import { ActionToast } from './action-toast'

/**
 * "Deleted …" with Undo, open exactly as long as the undo window (`durationMs`): it neither pauses on hover nor
 * on focus loss, since the window it stands for does not.
 */
export function showUndoToast(message: string, onUndo: () => void, durationMs: number): void {
  toast(({ closeToast }) => <ActionToast message={message} action="Undo" onAction={onUndo} closeToast={closeToast} />, {
    autoClose: durationMs,
    pauseOnHover: false,
    pauseOnFocusLoss: false,
  })
}

/** Tells what happened and offers `action` (e.g. "Complete anyway"); a warning, open until dismissed or used. */
export function showActionToast(message: string, action: string, onAction: () => void): void {
  toast.warning(({ closeToast }) => (
    <ActionToast message={message} action={action} onAction={onAction} closeToast={closeToast} />
  ), { autoClose: false })
}

export const quote = (title: string) => `“${title}”`

type Reopened = NonNullable<Schemas['TaskChanged']['reopened']>

/** What reopening a completed occurrence did to its series, in plain words (nothing when it made no next one). */
export function reopenedSentence(reopened: Reopened | null | undefined): string {
  if (!reopened) return ''
  return reopened.outcome === 'next_removed'
    ? 'The next occurrence it had created was removed.'
    : 'The next occurrence had been changed, so this task left the series and the next one stays.'
}

/** "Reopened “Title”." followed by what became of its series, if anything. */
export function reopenedMessage(title: string, reopened: Reopened | null | undefined): string {
  return [`Reopened ${quote(title)}.`, reopenedSentence(reopened)].filter(Boolean).join(' ')
}
