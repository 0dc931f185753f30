import { NavLink } from 'react-router'

import { ColorDot } from '@/components/color-dot'
import { StarIcon } from '@/components/icons'
import { projectPath } from '@/lib/projects/projects-query'

import type { Project } from '../api/get-projects'

/** A project in the sidebar: its colour, its name and how many tasks are open in it. */
export function ProjectLink({ project, onNavigate }: { project: Project; onNavigate?: () => void }) {
  return (
    <NavLink
      to={projectPath(project)}
      className={({ isActive }) =>
        `nav-link sidebar-link d-flex align-items-center gap-2 flex-grow-1 min-w-0 px-2 py-1 rounded${isActive ? ' active' : ''}`
      }
      onClick={onNavigate}
    >
      <ColorDot color={project.color} className="" />
      <span className="text-truncate">
        {project.name}
        <span className="visually-hidden">{`${project.favorite ? ', favourite' : ''}, ${project.counts.open} open`}</span>
      </span>
      {project.favorite && (
        <span className="text-warning-emphasis small" title="Favourite">
          <StarIcon filled />
        </span>
      )}
      <span className="ms-auto small text-body-secondary" aria-hidden="true">
        {project.counts.open > 0 ? project.counts.open : ''}
      </span>
    </NavLink>
  )
}
