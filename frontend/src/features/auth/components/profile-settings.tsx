import { useId, useRef, useState, type SubmitEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { fieldHint } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'
import { browserTimeZone } from '@/lib/zoned-time'

import { useMe, type User } from '../api/get-me'
import { useUpdateMe, type UserUpdate } from '../api/update-me'

type TimeZone = NonNullable<UserUpdate['timezone']>


/** The IANA zones this browser knows, as suggestions; the API has the final word (a 422 names a zone it lacks). */
function knownZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return zones.includes(current) ? zones : [current, ...zones]
}

function TimeZoneForm({ user }: { user: User }) {
  const [zone, setZone] = useState(user.timezone)
  const update = useUpdateMe()
  const listId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = formErrors(update.error, 'profile', ['timezone'])
  useFocusInvalid(formRef, update.error)
  const here = browserTimeZone()

  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    // The input offers the API's zones; the API validates the name against its list.
    update.mutate(
      { timezone: zone.trim() as TimeZone },
      { onSuccess: (saved) => toast.success(`Time zone set to ${saved.timezone}.`) },
    )
  }

  return (
    <form ref={formRef} onSubmit={save} noValidate>
      <FormAlert message={errors.alert} />
      <TextField
        label="Time zone"
        list={listId}
        value={zone}
        onChange={(event) => setZone(event.target.value)}
        error={errors.fields.timezone}
        hint={`${fieldHint('profile', 'timezone') ?? ''} Your days (due today, completed per day) start at midnight here.`}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <datalist id={listId}>
        {knownZones(user.timezone).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={update.isPending || zone.trim() === user.timezone}>
          {update.isPending ? 'Saving…' : 'Save time zone'}
        </button>
        {here !== zone && (
          <button type="button" className="btn btn-outline-secondary" onClick={() => setZone(here)}>
            Use this device’s zone ({here})
          </button>
        )}
      </div>
    </form>
  )
}

/** The account: who is signed in, and the time zone the user's days are counted in. */
export function ProfileSettings() {
  const me = useMe()
  return (
    <section className="card" aria-labelledby="profile-settings-title">
      <div className="card-body">
        <h2 id="profile-settings-title" className="fs-5">
          Profile
        </h2>
        {me.isPending ? (
          <Spinner label="Loading your profile…" />
        ) : me.isError ? (
          <LoadError what="your profile" error={me.error} onRetry={me.refetch} retrying={me.isFetching} compact />
        ) : (
          <>
            <dl className="row mb-3">
              <dt className="col-sm-3">Username</dt>
              <dd className="col-sm-9 text-break">{me.data.username}</dd>
              <dt className="col-sm-3">Email</dt>
              <dd className="col-sm-9 text-break">{me.data.email}</dd>
            </dl>
            <TimeZoneForm key={me.data.timezone} user={me.data} />
          </>
        )}
      </div>
    </section>
  )
}
