import type { ImportDocument } from '../api/import-tasks'
import { describePlace } from './describe-place'

const document = {
  format: 'taskforge',
  version: 2,
  projects: [{ id: 1, name: 'Home', sections: [{ id: 5, name: 'Now' }] }],
  tags: [{ name: 'errands', color: '#123456' }],
  tasks: [{ id: 1, title: 'Buy milk' }, { id: 2, title: '' }],
} as unknown as ImportDocument

describe('describePlace', () => {
  it.each([
    ['tasks[0].parent_id', 'Task 1 “Buy milk”'],
    ['tasks[1].title', 'Task 2'],
    ['tasks[0].comments[2].text', 'Task 1 “Buy milk”, comment 3'],
    ['projects[0].sections[0].id', 'Project 1 “Home”, section 1'],
    ['tags[0].color', 'Tag 1 “errands”'],
    ['tasks[7]', 'Task 8'],
    ['version', 'The file'],
  ])('%s: %s', (field, place) => {
    expect(describePlace(field, document)).toBe(place)
  })

  it('counts without the document', () => {
    expect(describePlace('projects[1].name', null)).toBe('Project 2')
  })
})
