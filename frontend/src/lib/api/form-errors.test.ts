import { fieldMessagesOf, formErrors } from './form-errors'
import { ApiError, describeError, type Problem } from './problem'

function problem(status: number, extra: Partial<Omit<Problem, 'errors'>> & { errors?: Problem['errors'] } = {}): ApiError {
  const body: Problem = { type: 'about:blank', title: 'Title', status, detail: 'Detail.', request_id: 'r', errors: null, ...extra }
  return new ApiError(status, body, new Response(null, { status }))
}

const invalid = (errors: { field: string; message: string }[]) =>
  problem(422, { detail: errors.map((error) => `${error.field}: ${error.message}`).join('; '), errors })

describe('formErrors', () => {
  it('is empty without an error', () => {
    expect(formErrors(null, 'task', ['title'])).toEqual({ fields: {}, alert: null })
  })

  it('puts a 422’s sentences by field, and those the form does not show in its alert', () => {
    const error = invalid([
      { field: 'title', message: 'must not be blank' },
      { field: 'parent_id', message: 'subtasks nest at most 3 levels deep' },
      { field: 'section_id', message: "no section with that id in the task's project" },
    ])
    expect(formErrors(error, 'task', ['title'])).toEqual({
      fields: {
        title: 'Enter a title.',
        parent_id: 'Subtasks nest at most 3 levels deep.',
        section_id: 'That section is not in the task’s project.',
      },
      alert: 'Parent task: Subtasks nest at most 3 levels deep. That section is not in the task’s project.',
    })
  })

  it('has no alert when every field is shown', () => {
    expect(formErrors(invalid([{ field: 'name', message: 'must not be blank' }]), 'project', ['name']).alert).toBeNull()
  })

  it('puts a 409 under the field it is about, when the form says which', () => {
    const taken = problem(409, { detail: 'That username is already taken.' })
    expect(formErrors(taken, 'register', ['username'], { conflict: () => 'username' })).toEqual({
      fields: { username: 'That username is already taken.' },
      alert: null,
    })
    expect(formErrors(taken, 'register', ['username'], { conflict: () => null }).alert).toBe('That username is already taken.')
    expect(formErrors(taken, 'register', ['username']).alert).toBe('That username is already taken.')
  })

  it('says anything else in words in the alert', () => {
    expect(formErrors(new ApiError(0, null, null), 'task', ['title'])).toEqual({
      fields: {},
      alert: 'TaskForge cannot be reached. Check your connection.',
    })
    expect(formErrors(problem(403, { detail: 'The project is archived and read-only: unarchive it first.' }), 'task', []).alert).toBe(
      'The project is archived and read-only: unarchive it first.',
    )
  })

  it('reads field messages only from a 422', () => {
    expect(fieldMessagesOf(problem(400), 'task')).toEqual({})
    expect(fieldMessagesOf(new Error('x'), 'task')).toEqual({})
    expect(fieldMessagesOf(problem(422), 'task')).toEqual({})
  })
})

describe('describeError', () => {
  it('turns a 422 into sentences naming their fields, never the API’s wording', () => {
    const error = invalid([
      { field: 'name', message: 'String should have at most 100 characters' },
      { field: 'color', message: "String should match pattern '^#[0-9a-fA-F]{6}$'" },
    ])
    expect(error.message).toContain('String should')
    expect(describeError(error)).toBe('The name can be at most 100 characters long. The colour contains characters that are not allowed.')
  })

  it('keeps a 422 without field errors as the API said it', () => {
    expect(describeError(problem(422, { detail: 'Nothing to import.' }))).toBe('Nothing to import.')
  })

  it('says what a failure without a problem document means', () => {
    expect(describeError(new ApiError(504, null, new Response(null, { status: 504 })))).toBe(
      'TaskForge is not answering right now. Try again in a moment.',
    )
    expect(describeError(new ApiError(404, null, new Response(null, { status: 404 })))).toBe('Something went wrong (error 404). Try again.')
    expect(describeError(new ApiError(429, null, null))).toBe('Too many requests. Wait a moment and try again.')
    expect(describeError(new Error('Plain.'))).toBe('Plain.')
    expect(describeError('what')).toBe('Something went wrong.')
  })
})
