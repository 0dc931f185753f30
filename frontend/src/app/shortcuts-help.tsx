import { Dialog } from '@/components/dialog'

import { GO_TO } from './go-to-keys'

interface Shortcut {
  keys: string[]
  action: string
}

const GROUPS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'Global',
    shortcuts: [
      { keys: ['q'], action: 'Quick add a task' },
      { keys: ['n'], action: 'New task (full editor)' },
      { keys: ['/'], action: 'Search tasks' },
      ...GO_TO.map((view) => ({ keys: ['g', view.key], action: `Go to ${view.view}` })),
      { keys: ['?'], action: 'Show this help' },
      { keys: ['Esc'], action: 'Close a dialog or the task' },
    ],
  },
  {
    title: 'Task list',
    shortcuts: [
      { keys: ['j', '↓'], action: 'Next task' },
      { keys: ['k', '↑'], action: 'Previous task' },
      { keys: ['Home', 'End'], action: 'First or last task' },
      { keys: ['Enter'], action: 'Open the task' },
      { keys: ['e'], action: 'Edit the task' },
      { keys: ['x', 'c'], action: 'Complete or reopen the task' },
      { keys: ['#'], action: 'Delete the task' },
      { keys: ['Space'], action: 'Select or unselect the task' },
      { keys: ['Shift+j', 'Shift+k'], action: 'Extend the selection down or up' },
      { keys: ['Shift+click'], action: 'Select every task up to this one' },
    ],
  },
]

/** How a shortcut's keys read: alternatives with "or", a chord (`g` then `i`) with "then". */
function Keys({ keys, chord }: { keys: string[]; chord: boolean }) {
  return (
    <>
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 && (chord ? ' then ' : ' or ')}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  )
}

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose} size="xl">
      <div className="row">
        {GROUPS.map((group) => (
          <div key={group.title} className="col-lg-6">
            <table className="table table-sm mb-3">
              <caption className="caption-top fw-semibold text-body">{group.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {group.shortcuts.map((shortcut) => (
                  <tr key={shortcut.action}>
                    <td className="text-nowrap">
                      <Keys keys={shortcut.keys} chord={shortcut.keys[0] === 'g'} />
                    </td>
                    <td>{shortcut.action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
      <p className="small text-body-secondary mb-0">Shortcuts wait while you type in a field or a dialog is open.</p>
    </Dialog>
  )
}
