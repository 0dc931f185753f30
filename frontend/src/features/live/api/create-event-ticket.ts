import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type EventTicket = Schemas['TicketOut']

/**
 * A single-use ticket (valid 60 s) for `new EventSource('/api/events?ticket=...')`: EventSource cannot send the
 * Authorization header. The api client refreshes the access token on a 401 first. Used imperatively by the live
 * stream (no query or mutation: nothing is cached or shown).
 */
export async function createEventTicket(): Promise<EventTicket> {
  return expectData(await api.POST('/api/events/ticket'))
}
