import { PasswordForm } from './password-form'
import { SignedInDevices } from './signed-in-devices'

/** The account's security sections of the settings page: the password, and the devices signed in. */
export function SecuritySettings() {
  return (
    <>
      <PasswordForm />
      <SignedInDevices />
    </>
  )
}
