import { Dialog } from '@/components/dialog'

const SHORTCUTS = [
  { keys: 'q', action: 'Quick add a task' },
  { keys: 'n', action: 'New task (full editor)' },
  { keys: '/', action: 'Search tasks' },
  { keys: '?', action: 'Show this help' },
  { keys: 'Esc', action: 'Close a dialog' },
]

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose} size="sm">
      <table className="table table-sm mb-0">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
