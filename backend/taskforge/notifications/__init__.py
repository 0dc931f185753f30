"""In-app notifications (the inbox) and the email channel of reminders."""
