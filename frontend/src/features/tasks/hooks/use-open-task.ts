import { useCallback } from 'react'
import { useLocation, useNavigate } from 'react-router'

import { overState } from '@/lib/background-location'

/**
 * Opens a task at its own address (`/tasks/<id>`), over the list on screen: the list stays behind the editor, and
 * Back (or closing the editor) returns to it.
 */
export function useOpenTask(): (taskId: number) => void {
  const navigate = useNavigate()
  const location = useLocation()
  return useCallback((taskId: number) => void navigate(`/tasks/${taskId}`, { state: overState(location) }), [navigate, location])
}
