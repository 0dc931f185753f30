import { useEffect, useState } from 'react'
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router'

import { OfflineBanner } from '@/components/offline-banner'
import { ThemeToggle } from '@/components/theme-toggle'
import { useMe } from '@/features/auth/api/get-me'
import { useLogout } from '@/features/auth/api/logout'
import { useLiveUpdates } from '@/features/live/use-live-updates'
import { NotificationBell } from '@/features/notifications/components/notification-bell'
import { announceShortcut, isTyping } from '@/lib/shortcuts'

import { ShortcutsHelp } from './shortcuts-help'

const LINKS = [
  { to: '/', label: 'Tasks', end: true },
  { to: '/dashboard', label: 'Dashboard', end: false },
  { to: '/tags', label: 'Tags', end: false },
  { to: '/activity', label: 'Activity', end: false },
  { to: '/settings', label: 'Settings', end: false },
]

/** The signed-in frame: navigation, notifications, theme, the offline banner and the global shortcuts. */
export function AppLayout() {
  const me = useMe()
  const logout = useLogout()
  const navigate = useNavigate()
  const location = useLocation()
  const [menuOpen, setMenuOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  useLiveUpdates()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return
      if (document.querySelector('dialog[open]')) return
      if (event.key === '?') {
        event.preventDefault()
        setHelpOpen(true)
      } else if (event.key === 'n' || event.key === '/') {
        event.preventDefault()
        const shortcut = event.key === 'n' ? 'new-task' : 'focus-search'
        if (location.pathname !== '/') {
          void Promise.resolve(navigate('/')).then(() => setTimeout(() => announceShortcut(shortcut), 0))
        } else announceShortcut(shortcut)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [location.pathname, navigate])

  return (
    <>
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
                  disabled={logout.isPending}
                  onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login') })}
                >
                  Sign out
                </button>
              </div>
            </div>
          </div>
        </nav>
        <OfflineBanner />
      </header>
      <main id="main" className="container-xl py-4" tabIndex={-1}>
        <Outlet />
      </main>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  )
}
