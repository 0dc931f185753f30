import { createTestQueryClient } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { subtasksKeys } from '../api/get-subtasks'
import { tasksKeys, type Task, type TaskPage } from '../api/get-tasks'
import {
  patchCachedTask,
  reorderCachedLists,
  restoreCachedOrder,
  restoreCachedTask,
  snapshotCachedTask,
} from './task-cache'

const manual = tasksKeys.list({ page: 1, sort: 'position', order: 'asc' })

function setup() {
  const queryClient = createTestQueryClient()
  const tasks = [1, 2, 3].map((id) => makeTask({ id, title: `Task ${id}`, version: 1 }))
  queryClient.setQueryData(manual, makeTaskPage(tasks))
  queryClient.setQueryData(tasksKeys.detail(2), tasks[1])
  queryClient.setQueryData(subtasksKeys.of(9), [makeTask({ id: 4, parent_id: 9, version: 1 })])
  const titles = () => queryClient.getQueryData<TaskPage>(manual)?.items.map((task) => task.title)
  return { queryClient, titles }
}

describe('the task cache', () => {
  it('patches a task wherever it is cached, subtask lists too', () => {
    const { queryClient } = setup()
    patchCachedTask(queryClient, 4, (task) => ({ ...task, completed: true }))
    expect(queryClient.getQueryData<Task[]>(subtasksKeys.of(9))?.[0]?.completed).toBe(true)
  })

  it('rolls back one task, keeping the optimism of other writes and what a refetch brought', () => {
    const { queryClient, titles } = setup()
    const snapshot = snapshotCachedTask(queryClient, 2)
    patchCachedTask(queryClient, 2, (task) => ({ ...task, title: 'Mine' }))
    patchCachedTask(queryClient, 3, (task) => ({ ...task, title: 'Another write' }))
    // A refetch of the detail brought a newer version meanwhile.
    queryClient.setQueryData(tasksKeys.detail(2), makeTask({ id: 2, title: 'Theirs', version: 2 }))

    restoreCachedTask(queryClient, snapshot)

    expect(titles()).toEqual(['Task 1', 'Task 2', 'Another write'])
    expect(queryClient.getQueryData<Task>(tasksKeys.detail(2))?.title).toBe('Theirs')
  })

  it('puts a moved task back where it stood, keeping other changes to the list', () => {
    const { queryClient, titles } = setup()
    const order = reorderCachedLists(queryClient, 1, { afterId: 2 })
    expect(titles()).toEqual(['Task 2', 'Task 1', 'Task 3'])
    patchCachedTask(queryClient, 3, (task) => ({ ...task, title: 'Another write' }))

    restoreCachedOrder(queryClient, 1, order)

    expect(titles()).toEqual(['Task 1', 'Task 2', 'Another write'])
  })

  it('reorders only lists in manual order, first to last', () => {
    const { queryClient } = setup()
    const descending = tasksKeys.list({ page: 1, sort: 'position', order: 'desc' })
    const page = makeTaskPage([3, 2, 1].map((id) => makeTask({ id })))
    queryClient.setQueryData(descending, page)
    reorderCachedLists(queryClient, 1, { afterId: 2 })
    expect(queryClient.getQueryData(descending)).toBe(page)
  })
})
