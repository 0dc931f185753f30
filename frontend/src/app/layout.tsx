import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { NavLink, useLocation, useNavigate } from 'react-router'
import { toast } from 'react-toastify/unstyled'

import { OfflineBanner } from '@/components/offline-banner'
import { Spinner } from '@/components/spinner'
import { ThemeToggle } from '@/components/theme-toggle'
import { useMe } from '@/features/auth/api/get-me'
import { useLogout } from '@/features/auth/api/logout'
import { flushPendingDeletes } from '@/features/tasks/api/delete-task'
import { useLiveUpdates } from '@/features/live/use-live-updates'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { ProjectSidebar } from '@/features/projects/components/project-sidebar'
import { forgetThisBrowser } from '@/features/push/utils/forget-this-browser'
import { TaskCommentsSlot, type RenderTaskComments } from '@/features/tasks/components/task-comments-slot'
import { backgroundOf } from '@/lib/background-location'
import { announceShortcut, goChord, isShortcutHandled, isTyping, useShortcutHandled, type ShortcutName } from '@/lib/shortcuts'

import { BottomBar } from './bottom-bar'
import { GO_TO } from './go-to-keys'
import { PageOutlet } from './page-outlet'
import { ShortcutsHelp } from './shortcuts-help'

// Single keys the app layer announces to the page on screen (lib/shortcuts.ts).
const KEY_SHORTCUTS: Record<string, ShortcutName> = { n: 'new-task', '/': 'focus-search', q: 'quick-add' }

const LINKS = [
  { to: '/', label: 'Tasks', end: true },
  { to: '/calendar', label: 'Calendar', end: false },
  { to: '/dashboard', label: 'Dashboard', end: false },
  { to: '/tags', label: 'Tags', end: false },
  { to: '/activity', label: 'Activity', end: false },
  { to: '/settings', label: 'Settings', end: false },
]

function CommentsUnavailable() {
  return <p className="text-danger">The comments could not be loaded. Reload the page to try again.</p>
}

// The task editor's Comments tab (features do not import each other: the app composes them). The thread and its
// Markdown renderer load when a Comments tab first shows, not with the app's first page.
const TaskComments = lazy(() =>
  import('@/features/comments/components/task-comments').then(
    (module) => ({ default: module.TaskComments }),
    () => ({ default: CommentsUnavailable }),
  ),
)
const renderTaskComments: RenderTaskComments = (props) => (
  <Suspense fallback={<Spinner label="Loading comments…" />}>
    <TaskComments {...props} />
  </Suspense>
)

/** The signed-in frame: navigation, notifications, theme, the offline banner and the global shortcuts. */
export function AppLayout() {
  const me = useMe()
  const logout = useLogout()
  const navigate = useNavigate()
  const location = useLocation()
  const [menuOpen, setMenuOpen] = useState(false)
  const [sidebarOpen, setSidebarOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const [signingOut, setSigningOut] = useState(false)
  const main = useRef<HTMLElement>(null)
  const shownPath = useRef({ path: location.pathname, over: false })
  const listOnScreen = useShortcutHandled('focus-tasks')
  useLiveUpdates()

  // Deletes still in their undo window are sent first, with this session's token; toasts offering actions on
  // this user's tasks go with the session.
  const signOut = async () => {
    setSigningOut(true)
    await flushPendingDeletes()
    // While the session still works: this browser stops receiving the person's push notifications (a shared
    // computer must not show the next person the last one's).
    await forgetThisBrowser()
    toast.dismiss()
    logout.mutate(undefined, {
      onSettled: () => {
        setSigningOut(false)
        void navigate('/login')
      },
    })
  }

  // After navigating, focus goes to the new page (screen readers then read it, keyboard users start there);
  // not on the first page, where the browser's own start applies.
  // A task opened over a list, and closed again, is not a new page: focus stays with the editor, then the row.
  useEffect(() => {
    const over = backgroundOf(location) !== null
    const shown = shownPath.current
    if (shown.path === location.pathname) return
    shownPath.current = { path: location.pathname, over }
    if (!over && !shown.over) main.current?.focus()
  }, [location])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return
      if (document.querySelector('dialog[open]')) return
      const chord = goChord.read(event.key)
      if (chord.consumed) event.preventDefault()
      if (chord.second !== null) {
        const view = GO_TO.find((candidate) => candidate.key === chord.second)
        if (view) void navigate(view.path)
        return
      }
      if (chord.consumed) return
      const shortcut: ShortcutName | undefined = KEY_SHORTCUTS[event.key]
      if (event.key === '?') {
        event.preventDefault()
        setHelpOpen(true)
      } else if (shortcut) {
        event.preventDefault()
        // A page that handles the shortcut (a task list, a board, Today) takes it; elsewhere it waits until the
        // task list has mounted (lib/shortcuts.ts).
        const handled = isShortcutHandled(shortcut)
        announceShortcut(shortcut)
        if (!handled && location.pathname !== '/') void navigate('/')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [location.pathname, navigate])

  return (
    <>
      {listOnScreen && (
        <a
          className="visually-hidden-focusable position-absolute p-2 bg-body"
          href="#main"
          onClick={(event) => {
            event.preventDefault()
            announceShortcut('focus-tasks')
          }}
        >
          Skip to tasks
        </a>
      )}
      <a className="visually-hidden-focusable position-absolute p-2 bg-body" href="#main">
        Skip to content
      </a>
      <header>
        <nav className="navbar navbar-expand-lg border-bottom bg-body-tertiary" aria-label="Main">
          <div className="container-xl">
            <NavLink className="navbar-brand fw-semibold" to="/">
              TaskForge
            </NavLink>
            <div className="d-flex align-items-center gap-2 order-lg-last">
              <NotificationBell />
              <button
                className="navbar-toggler"
                type="button"
                aria-controls="main-menu"
                aria-expanded={menuOpen}
                aria-label="Menu"
                onClick={() => setMenuOpen((open) => !open)}
              >
                <span className="navbar-toggler-icon" />
              </button>
            </div>
            <div id="main-menu" className={`collapse navbar-collapse${menuOpen ? ' show' : ''}`}>
              <ul className="navbar-nav me-auto">
                {LINKS.map((link) => (
                  <li className="nav-item" key={link.to}>
                    <NavLink className="nav-link" to={link.to} end={link.end} onClick={() => setMenuOpen(false)}>
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
              <div className="d-flex flex-wrap align-items-center gap-3 py-2 py-lg-0 me-lg-3">
                <ThemeToggle />
                <button type="button" className="btn btn-sm btn-link link-body-emphasis text-decoration-none" onClick={() => setHelpOpen(true)}>
                  Shortcuts <kbd>?</kbd>
                </button>
                <span className="small text-body-secondary text-truncate" title={me.data?.email}>
                  {me.data?.username}
                </span>
                <button
                  type="button"
                  className="btn btn-sm btn-link link-body-emphasis"
                  disabled={signingOut}
                  onClick={() => void signOut()}
                >
                  Sign out
                </button>
              </div>
            </div>
          </div>
        </nav>
        <OfflineBanner />
      </header>
      <div className="container-xl">
        <div className="row">
          <aside className="col-md-3 col-xl-2 pt-3 pb-md-4 app-sidebar">
            <button
              type="button"
              className="btn btn-sm btn-outline-secondary w-100 d-md-none"
              aria-expanded={sidebarOpen}
              aria-controls="app-sidebar"
              onClick={() => setSidebarOpen((open) => !open)}
            >
              Projects and views
            </button>
            <div id="app-sidebar" className={`collapse d-md-block pt-2 pt-md-0${sidebarOpen ? ' show' : ''}`}>
              <ProjectSidebar onNavigate={() => setSidebarOpen(false)} />
            </div>
          </aside>
          <main id="main" ref={main} className="col-md-9 col-xl-10 py-4 outline-0 min-w-0" tabIndex={-1}>
            <TaskCommentsSlot value={renderTaskComments}>
              <PageOutlet />
            </TaskCommentsSlot>
          </main>
        </div>
      </div>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <BottomBar />
    </>
  )
}
