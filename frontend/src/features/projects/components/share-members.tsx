import { useId } from 'react'
import { toast } from 'react-toastify/unstyled'

import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'
import { hasRole } from '@/lib/projects/projects-query'

import type { Project } from '../api/get-projects'
import { useMembers, type Member } from '../api/get-members'
import { useRemoveMember } from '../api/remove-member'
import { useUpdateMember } from '../api/update-member'
import { isMemberRole, roleLabel, SHARE_ROLES } from './roles'

interface MemberRowProps {
  member: Member
  projectId: number
  manage: boolean
  me: boolean
}

function MemberRow({ member, projectId, manage, me }: MemberRowProps) {
  const id = useId()
  const update = useUpdateMember()
  const remove = useRemoveMember()
  const name = member.user.username
  const editable = manage && !me && member.role !== 'owner'
  const fail = (error: unknown) => toast.error(describeError(error))

  return (
    <li className="list-group-item d-flex flex-wrap align-items-center gap-2">
      <span className="me-auto text-break">
        {name}
        {me && <span className="text-body-secondary"> (you)</span>}
        {member.effective_role !== member.role && (
          <span className="d-block small text-body-secondary">{roleLabel(member.effective_role)} through a team</span>
        )}
      </span>
      {editable ? (
        <>
          <label htmlFor={`${id}-role`} className="visually-hidden">
            Role of {name}
          </label>
          <select
            id={`${id}-role`}
            className="form-select form-select-sm w-auto"
            value={member.role}
            disabled={update.isPending}
            onChange={(event) => {
              const role = event.target.value
              if (isMemberRole(role)) update.mutate({ projectId, userId: member.user.id, role }, { onError: fail })
            }}
          >
            {SHARE_ROLES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-sm btn-outline-danger"
            disabled={remove.isPending}
            aria-label={`Remove ${name}`}
            onClick={() =>
              remove.mutate(
                { projectId, userId: member.user.id },
                { onSuccess: () => toast.success(`Removed ${name}`), onError: fail },
              )
            }
          >
            Remove
          </button>
        </>
      ) : (
        <span className="badge text-bg-light border">{roleLabel(member.role)}</span>
      )}
    </li>
  )
}

/** The project's direct members with their roles; admins change and remove them (never the owner). */
export function ShareMembers({ project, meId }: { project: Project; meId: number | undefined }) {
  const id = useId()
  const members = useMembers(project.id)
  const manage = hasRole(project.role, 'admin')
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fs-6">
        People
      </h3>
      {members.isPending ? (
        <Spinner label="Loading the members…" />
      ) : members.isError ? (
        <LoadError what="the members" error={members.error} onRetry={members.refetch} retrying={members.isFetching} compact />
      ) : (
        <ul className="list-group" aria-labelledby={`${id}-title`}>
          {members.data.map((member) => (
            <MemberRow
              key={member.user.id}
              member={member}
              projectId={project.id}
              manage={manage}
              me={member.user.id === meId}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
