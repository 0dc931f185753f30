import { TrashPage } from '@/features/trash/components/trash-page'
import { useDocumentTitle } from '@/lib/use-document-title'

export function TrashRoute() {
  useDocumentTitle('Trash')
  return <TrashPage />
}
