import { TagManager } from '@/features/tasks/components/tag-manager'
import { useDocumentTitle } from '@/lib/use-document-title'

export function TagsRoute() {
  useDocumentTitle('Tags')
  return <TagManager />
}
