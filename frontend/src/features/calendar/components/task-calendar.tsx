import '@fullcalendar/react/skeleton.css'
import '@fullcalendar/react/themes/classic/theme.css'
import './task-calendar.css'

import FullCalendar, { type DatesSetInfo, type EventClickInfo, type EventDropInfo, type EventReceiveInfo } from '@fullcalendar/react'
import dayGridPlugin from '@fullcalendar/react/daygrid'
import interactionPlugin from '@fullcalendar/react/interaction'
import classicThemePlugin from '@fullcalendar/react/themes/classic'
import timeGridPlugin from '@fullcalendar/react/timegrid'
import { useMemo } from 'react'

import { droppedDue, visibleRange, wallClockNow, type VisibleRange } from '../utils/calendar-dates'
import type { TaskEvent } from '../utils/calendar-events'

// The 24-hour clock the rest of the app writes times in.
const CLOCK = { hour: '2-digit', minute: '2-digit', hour12: false } as const
const PLUGINS = [classicThemePlugin, dayGridPlugin, timeGridPlugin, interactionPlugin]
const TOOLBAR = { start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek' }
// Names for the toolbar's buttons (screen readers read the hint; the icons alone say nothing).
const BUTTONS = {
  today: { text: 'Today', hint: 'Go to today' },
  prev: { hint: 'Previous' },
  next: { hint: 'Next' },
  dayGridMonth: { text: 'Month', hint: 'Month view' },
  timeGridWeek: { text: 'Week', hint: 'Week view' },
}

// A narrow day cell cuts long titles: the pointer shows the whole one (the link's name has it for screen readers).
const showFullTitle = ({ el, event }: { el: HTMLElement; event: { title: string } }) => {
  el.title = event.title
}

/** A drop to save: the task and its new due instant; `undo` puts the event back where it was. */
export interface CalendarDrop {
  taskId: number
  due: string
  undo: () => void
}

interface TaskCalendarProps {
  events: TaskEvent[]
  /** The user's zone: the wall clock the calendar shows (calendar-dates.ts). */
  zone: string
  onRangeChange: (range: VisibleRange) => void
  onOpen: (taskId: number) => void
  /** A task dragged to another day or time, or from the No date tray (`fromTray`). */
  onDrop: (drop: CalendarDrop, fromTray: boolean) => void
}

/** Month and week views of the tasks, in the user's zone; events open their task and drag to reschedule. */
export function TaskCalendar({ events, zone, onRangeChange, onOpen, onDrop }: TaskCalendarProps) {
  // Recomputed with the zone only: the calendar's "today" is the user's today.
  const now = useMemo(() => () => wallClockNow(zone), [zone])

  const open = ({ event, jsEvent }: EventClickInfo) => {
    // The event is a link to the task (keyboard users reach it with Tab and Enter): the router follows it.
    jsEvent.preventDefault()
    onOpen(Number(event.extendedProps.taskId))
  }
  const moved = ({ event, revert }: EventDropInfo) => {
    const due = event.start ? droppedDue(event.start, event.allDay, zone) : null
    if (due === null) revert()
    else onDrop({ taskId: Number(event.extendedProps.taskId), due, undo: revert }, false)
  }
  const received = ({ event, draggedEl }: EventReceiveInfo) => {
    const due = event.start ? droppedDue(event.start, event.allDay, zone) : null
    // The task's own event comes with the data once saved (or at once, as a pending move): this copy goes.
    event.remove()
    if (due !== null) onDrop({ taskId: Number(draggedEl.dataset.taskId), due, undo: () => undefined }, true)
  }
  const rangeSet = ({ start, end }: DatesSetInfo) => onRangeChange(visibleRange(start, end))

  return (
    <div className="tf-calendar">
      <FullCalendar
        plugins={PLUGINS}
        initialView="dayGridMonth"
        timeZone="UTC"
        now={now}
        headerToolbar={TOOLBAR}
        buttons={BUTTONS}
        firstDay={1}
        height="auto"
        dayMaxEvents={false}
        nowIndicator
        editable
        eventDurationEditable={false}
        droppable
        events={events}
        eventTimeFormat={CLOCK}
        slotHeaderFormat={CLOCK}
        eventDidMount={showFullTitle}
        eventClick={open}
        eventDrop={moved}
        eventReceive={received}
        datesSet={rangeSet}
      />
    </div>
  )
}
