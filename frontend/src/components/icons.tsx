import type { ReactNode } from 'react'

/** Small line icons (16 px, the text's colour); decorative: the control's label names the action. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="tf-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

export const InboxIcon = () => (
  <Icon>
    <path d="M2 9.5 3.8 3h8.4L14 9.5V13H2z" />
    <path d="M2 9.5h3.5l1 1.5h3l1-1.5H14" />
  </Icon>
)

export const TodayIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="11" rx="1.5" />
    <path d="M2 6.5h12M5 1.5v3M11 1.5v3" />
    <circle cx="8" cy="10.25" r="1.25" fill="currentColor" stroke="none" />
  </Icon>
)

export const UpcomingIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="11" rx="1.5" />
    <path d="M2 6.5h12M5 1.5v3M11 1.5v3M5 9.5h1M8 9.5h1M11 9.5h0M5 12h1M8 12h1" />
  </Icon>
)

export const AssignedIcon = () => (
  <Icon>
    <circle cx="8" cy="5" r="2.75" />
    <path d="M2.5 14c.5-2.75 2.75-4.25 5.5-4.25s5 1.5 5.5 4.25" />
  </Icon>
)

export const PlusIcon = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
)

export const PencilIcon = () => (
  <Icon>
    <path d="M10.5 2.5l3 3L6 13H3v-3z" />
  </Icon>
)

export const TrashIcon = () => (
  <Icon>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.75 9.5h6.5L12 4M6.75 6.5v4.5M9.25 6.5v4.5" />
  </Icon>
)

export const StarIcon = ({ filled }: { filled: boolean }) => (
  <Icon>
    <path
      d="M8 1.75l1.9 3.9 4.3.6-3.1 3 .75 4.25L8 11.5l-3.85 2 .75-4.25-3.1-3 4.3-.6z"
      fill={filled ? 'currentColor' : 'none'}
    />
  </Icon>
)

export const MoreIcon = () => (
  <Icon>
    <circle cx="3.5" cy="8" r="1" fill="currentColor" stroke="none" />
    <circle cx="8" cy="8" r="1" fill="currentColor" stroke="none" />
    <circle cx="12.5" cy="8" r="1" fill="currentColor" stroke="none" />
  </Icon>
)
