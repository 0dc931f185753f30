import './bottom-bar.css'

import type { ReactNode } from 'react'
import { NavLink, useLocation, useNavigate } from 'react-router'

import { InboxIcon, PlusIcon, TodayIcon, UpcomingIcon } from '@/components/icons'
import { useOnline } from '@/lib/online'
import { announceShortcut, isShortcutHandled } from '@/lib/shortcuts'

function CalendarIcon() {
  return (
    <svg className="tf-icon" viewBox="0 0 16 16" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="11" rx="1.5" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3M5 9.5h6M5 12h6M8 6.5V14" />
    </svg>
  )
}

const VIEWS: { to: string; label: string; icon: ReactNode }[] = [
  { to: '/inbox', label: 'Inbox', icon: <InboxIcon /> },
  { to: '/today', label: 'Today', icon: <TodayIcon /> },
  { to: '/upcoming', label: 'Upcoming', icon: <UpcomingIcon /> },
  { to: '/calendar', label: 'Calendar', icon: <CalendarIcon /> },
]

const ITEM = 'd-flex flex-column align-items-center justify-content-center gap-1 px-2 text-decoration-none'

/**
 * On phones (below md): the main views and New task at the bottom of the screen, in the thumb's reach. New task
 * is the `n` shortcut: the page on screen opens its editor, or the task list does. A space of the bar's height
 * ends the page, so the last task scrolls clear of it.
 */
export function BottomBar() {
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const online = useOnline()

  const newTask = () => {
    const handled = isShortcutHandled('new-task')
    announceShortcut('new-task')
    if (!handled && pathname !== '/') void navigate('/')
  }

  return (
    <>
      <div className="tf-bottom-bar-space d-md-none" aria-hidden="true" />
      <nav className="tf-bottom-bar d-md-none border-top bg-body-tertiary" aria-label="Main views">
        <ul className="list-unstyled d-flex justify-content-around align-items-center mb-0">
          {VIEWS.map((view) => (
            <li key={view.to}>
              <NavLink className={ITEM} to={view.to}>
                {view.icon}
                {view.label}
              </NavLink>
            </li>
          ))}
          <li>
            <button
              type="button"
              className={`btn btn-link border-0 rounded-0 ${ITEM}`}
              disabled={!online}
              title={online ? undefined : 'You are offline: changes are disabled'}
              onClick={newTask}
            >
              <PlusIcon />
              New task
            </button>
          </li>
        </ul>
      </nav>
    </>
  )
}
