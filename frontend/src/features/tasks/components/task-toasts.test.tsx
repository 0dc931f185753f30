import { toast } from 'react-toastify/unstyled'

import { showUndoToast } from './task-toasts'

vi.mock('react-toastify/unstyled', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  toast: vi.fn(),
}))

describe('showUndoToast', () => {
  it('stays open exactly as long as the undo window: no pause on hover or focus loss', () => {
    showUndoToast('Deleted “Buy milk”', () => undefined, 5000)
    expect(toast).toHaveBeenCalledWith(expect.any(Function), {
      autoClose: 5000,
      pauseOnHover: false,
      pauseOnFocusLoss: false,
    })
  })
})
