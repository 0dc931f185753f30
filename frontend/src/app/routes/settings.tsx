import { EmailSettings } from '@/features/account-email/components/email-settings'
import { ProfileSettings } from '@/features/auth/components/profile-settings'
import { CalendarFeedSettings } from '@/features/calendar/components/calendar-feed-settings'
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences'
import { NotificationSettings } from '@/features/notifications/components/notification-settings'
import { PushSettings } from '@/features/push/components/push-settings'
import { TeamsSettings } from '@/features/teams/components/teams-settings'
import { ExportImport } from '@/features/transfer/components/export-import'
import { useDocumentTitle } from '@/lib/use-document-title'

export function SettingsRoute() {
  useDocumentTitle('Settings')
  return (
    <>
      <h1 className="fs-3 mb-4">Settings</h1>
      <div className="d-grid gap-4">
        <ProfileSettings />
        <EmailSettings />
        <TeamsSettings />
        <NotificationPreferences />
        <PushSettings />
        <NotificationSettings />
        <CalendarFeedSettings />
        <ExportImport />
      </div>
    </>
  )
}
