import { DeleteAccountSettings } from '@/features/account-deletion/components/delete-account-settings'
import { EmailSettings } from '@/features/account-email/components/email-settings'
import { ApiTokenSettings } from '@/features/api-tokens/components/api-token-settings'
import { ProfileSettings } from '@/features/auth/components/profile-settings'
import { CalendarFeedSettings } from '@/features/calendar/components/calendar-feed-settings'
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences'
import { NotificationSettings } from '@/features/notifications/components/notification-settings'
import { PushSettings } from '@/features/push/components/push-settings'
import { SecuritySettings } from '@/features/security/components/security-settings'
import { TeamsSettings } from '@/features/teams/components/teams-settings'
import { TwoFactorSettings } from '@/features/two-factor/components/two-factor-settings'
import { ExportImport } from '@/features/transfer/components/export-import'
import { WebhooksSettings } from '@/features/webhooks/components/webhooks-settings'
import { useDocumentTitle } from '@/lib/use-document-title'

export function SettingsRoute() {
  useDocumentTitle('Settings')
  return (
    <>
      <h1 className="fs-3 mb-4">Settings</h1>
      <div className="d-grid gap-4">
        <ProfileSettings />
        <EmailSettings />
        <SecuritySettings />
        <TwoFactorSettings />
        <TeamsSettings />
        <NotificationPreferences />
        <PushSettings />
        <NotificationSettings />
        <CalendarFeedSettings />
        <ApiTokenSettings />
        <WebhooksSettings />
        <ExportImport />
        <DeleteAccountSettings />
      </div>
    </>
  )
}
