import { useId } from 'react'

import { ColorDot } from '@/components/color-dot'
import { LoadError } from '@/components/load-error'
import { canEditTasks, useProjects } from '@/lib/projects/projects-query'

import { useSections } from '../api/get-sections'

interface ProjectFieldsProps {
  /** null: the Inbox. */
  projectId: number | null
  sectionId: number | null
  onChange: (change: { projectId: number | null; sectionId: number | null }) => void
  projectError?: string | undefined
  sectionError?: string | undefined
}

/**
 * Where the task lives: a project the user may add tasks to (the one it is in stays listed) and one of its
 * sections. Another project starts without a section.
 */
export function ProjectFields({ projectId, sectionId, onChange, projectError, sectionError }: ProjectFieldsProps) {
  const id = useId()
  const projectsQuery = useProjects()
  const projects = projectsQuery.data ?? []
  const inbox = projects.find((project) => project.inbox)
  const shownId = projectId ?? inbox?.id ?? null
  const choices = projects.filter((project) => project.id === shownId || canEditTasks(project))
  const current = choices.find((project) => project.id === shownId)
  const sectionsQuery = useSections(shownId)
  const sections = sectionsQuery.data ?? []

  return (
    <div className="row g-2">
      <div className="col-sm-6 mb-3">
        <label htmlFor={`${id}-project`} className="form-label">
          Project
        </label>
        <div className="d-flex align-items-center gap-2">
          <ColorDot color={current?.color} className="" />
          <select
            id={`${id}-project`}
            className={`form-select${projectError ? ' is-invalid' : ''}`}
            value={shownId ?? ''}
            disabled={choices.length === 0}
            aria-invalid={projectError ? true : undefined}
            aria-describedby={projectError ? `${id}-project-error` : undefined}
            onChange={(event) => onChange({ projectId: Number(event.target.value), sectionId: null })}
          >
            {choices.length === 0 && <option value="">Inbox</option>}
            {choices.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </select>
        </div>
        {projectError && (
          <div id={`${id}-project-error`} className="invalid-feedback d-block">
            {projectError}
          </div>
        )}
        {projectsQuery.isError && (
          <LoadError
            compact
            what="your projects"
            error={projectsQuery.error}
            onRetry={projectsQuery.refetch}
            retrying={projectsQuery.isFetching}
          />
        )}
      </div>
      <div className="col-sm-6 mb-3">
        <label htmlFor={`${id}-section`} className="form-label">
          Section
        </label>
        <select
          id={`${id}-section`}
          className={`form-select${sectionError ? ' is-invalid' : ''}`}
          value={sectionId ?? ''}
          aria-invalid={sectionError ? true : undefined}
          aria-describedby={sectionError ? `${id}-section-error` : undefined}
          onChange={(event) =>
            onChange({ projectId: shownId, sectionId: event.target.value ? Number(event.target.value) : null })
          }
        >
          <option value="">No section</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
        {sectionError && (
          <div id={`${id}-section-error`} className="invalid-feedback">
            {sectionError}
          </div>
        )}
        {sectionsQuery.isError && (
          <LoadError
            compact
            what="the project’s sections"
            error={sectionsQuery.error}
            onRetry={sectionsQuery.refetch}
            retrying={sectionsQuery.isFetching}
          />
        )}
      </div>
    </div>
  )
}
