/**
 * Generated from the backend's OpenAPI document by scripts/api-types.mjs: do not edit.
 * `npm run api:types` regenerates it; `npm run api:check` (part of `make test`) fails when it drifts.
 */

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of everything the caller may see
         * @description Every change to the tasks of every project the caller may see, recorded in the transaction that made it, each naming its actor; oldest first by default, order=desc for newest first.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["audit_audit_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/calendar-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue (or rotate) the secret address of the caller's calendar feed
         * @description Returns a new `GET /api/calendar.ics?token=...&kind=events` address for calendar apps (change `kind` to `todos`, or add `project_id`, for the other feeds of the same token); the previous address stops working at once. The token is shown this once.
         *
         *     API tokens cannot call this operation.
         */
        post: operations["auth_rotate_calendar_token"];
        /**
         * Turn the caller's calendar feed off
         * @description The feed's address stops working; `POST` issues a new one.
         *
         *     API tokens cannot call this operation.
         */
        delete: operations["auth_revoke_calendar_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the caller's email address (confirmed from the new address)
         * @description Sends a confirmation link to the new address and a notice to the current one; the address changes only when the link is used. 422 for a wrong password; 409 when another account uses the address. A server without SMTP_URL sends no email: it answers 409.
         *
         *     API tokens cannot call this operation.
         */
        post: operations["account_email_request_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email change with the link sent to the new address
         * @description The new address becomes the account's, verified. 409 when another account took it meanwhile; an unknown, used, expired or replaced token answers 422.
         */
        post: operations["account_email_confirm_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a new link that verifies the caller's address
         * @description 409 when the address is verified already. A server without SMTP_URL sends no email: it answers 409.
         *
         *     API tokens cannot call this operation.
         */
        post: operations["account_email_resend_verification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an address with a verification link's token
         * @description Unverified accounts get no notification email. An unknown, used, expired or replaced token, or one for an address the account no longer uses, answers the same 422.
         */
        post: operations["account_email_verify_email"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a username or email
         * @description With two-factor authentication on, the right password answers 202 with a challenge instead of tokens: send it with a code to `POST /api/auth/login/two-factor`.
         */
        post: operations["auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a sign-in with a code from the authenticator or a recovery code
         * @description The challenge comes from the 202 answer of `POST /api/auth/login`; it lasts 5 minutes, works once, and the fifth wrong code voids it.
         */
        post: operations["twofactor_login_code"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the access token and, optionally, a refresh token
         * @description API tokens cannot call this operation.
         */
        post: operations["auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description An API token needs the `account:read` scope.
         */
        get: operations["auth_me"];
        put?: never;
        post?: never;
        /**
         * Delete the caller's account
         * @description Needs the account's password (422 naming `password` when wrong; 5/minute;20/hour attempts per account, then 429). Deletes the account and everything only it owns: its Inbox and the projects no one else uses, with their tasks; its tags, tokens, settings, subscriptions and notifications. Each owned project other people use needs an entry in `projects`: `transfer` (to someone who uses it: they own it from now on) or `delete` (for good; its people are told it is gone). Without one for each, 409 lists them (`projects`: id, name, members_count) and nothing changes. The tasks the account created in projects that stay pass to each project's owner; its comments there stay, with `author` null. Every token of the account stops working at once.
         *
         *     API tokens cannot call this operation.
         */
        delete: operations["account_deletion_delete_account"];
        options?: never;
        head?: never;
        /**
         * Change the signed-in user's settings (today: the time zone)
         * @description The time zone decides where the user's days start (`due_today`, `completed_last_7_days` and `completed_by_day` in the statistics) and the zone new recurring tasks repeat in.
         *
         *     API tokens cannot call this operation.
         */
        patch: operations["auth_update_me"];
        trace?: never;
    };
    "/api/auth/me/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What deleting the caller's account would do
         * @description The owned projects other people use (each needs a decision in `DELETE /api/auth/me`, with who it can be transferred to), the owned projects that would be deleted with their tasks, and what stays in other people's projects.
         *
         *     API tokens cannot call this operation.
         */
        get: operations["account_deletion_deletion_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notification settings
         * @description API tokens cannot call this operation.
         */
        get: operations["notification_settings_get_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn notification channels on or off, per kind
         * @description API tokens cannot call this operation.
         */
        patch: operations["notification_settings_update_settings"];
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the caller's password
         * @description Needs the current password (a wrong one is 422 naming `current_password`; attempts are limited per address and per account like sign-in). Every other session is signed out; this one stays signed in.
         *
         *     API tokens cannot call this operation.
         */
        post: operations["sessions_change_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password reset link
         * @description Always the same 202 and body, whether or not an account uses the address (nothing tells whether one does); the worker sends the link (single use, valid 30 minutes; a newer one voids it) only when one does. A server without SMTP_URL answers the same and sends nothing. Limited per client address and per address asked about.
         */
        post: operations["account_email_request_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link's token
         * @description The token works once. An unknown, used, expired or replaced token answers the same 422.
         */
        post: operations["account_email_confirm_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair (the used one stops working) */
        post: operations["auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's signed-in sessions (devices)
         * @description One per sign-in that can still be used; `current` marks the one making this request.
         *
         *     API tokens cannot call this operation.
         */
        get: operations["sessions_list_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere else
         * @description Every session of the caller but the current one is signed out at once.
         *
         *     API tokens cannot call this operation.
         */
        post: operations["sessions_revoke_other_sessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign a session out
         * @description Its access and refresh tokens stop working at once. Revoking the current session signs the caller out.
         *
         *     API tokens cannot call this operation.
         */
        delete: operations["sessions_revoke_session"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's personal API tokens
         * @description Send a token as `Authorization: Bearer tf_...`: it works until it expires or is revoked, for the operations its scopes allow (each operation names its scope in `x-required-scope`). Tokens cannot list, create or revoke tokens, nor manage the account: sign in for that.
         *
         *     API tokens cannot call this operation.
         */
        get: operations["apitokens_list_tokens"];
        put?: never;
        /**
         * Issue a personal API token
         * @description The token is in this response only: the server keeps its hash. Send a token as `Authorization: Bearer tf_...`: it works until it expires or is revoked, for the operations its scopes allow (each operation names its scope in `x-required-scope`). Tokens cannot list, create or revoke tokens, nor manage the account: sign in for that. At most 50 per person (409 beyond).
         *
         *     API tokens cannot call this operation.
         */
        post: operations["apitokens_create_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a personal API token
         * @description It stops working at once.
         *
         *     API tokens cannot call this operation.
         */
        delete: operations["apitokens_revoke_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor authentication off (the password and a code or recovery code)
         * @description API tokens cannot call this operation.
         */
        post: operations["twofactor_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor authentication on with a first code from the authenticator
         * @description API tokens cannot call this operation.
         */
        post: operations["twofactor_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the recovery codes (the old ones stop working)
         * @description API tokens cannot call this operation.
         */
        post: operations["twofactor_regenerate_recovery_codes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling an authenticator app (a new secret each time until it is confirmed)
         * @description Returns the secret, its `otpauth://` address and that address as a QR code (SVG). Nothing changes at sign-in until `POST /api/auth/two-factor/enable` confirms a code.
         *
         *     API tokens cannot call this operation.
         */
        post: operations["twofactor_setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's tasks with due dates, as an iCalendar feed for calendar apps
         * @description An RFC 5545 calendar, authenticated by the secret `token` from `POST /api/auth/calendar-token` (calendar apps cannot send a bearer token). `kind=events` (what Google Calendar, Apple Calendar and Outlook display): the open tasks as VEVENTs, all-day when due at midnight in the task's zone (a date without a time), else 30 minutes from the due time in the task's zone; a recurring task is its current occurrence with its RRULE, in its zone; completed tasks are left out. `kind=todos` (the default, for apps that read tasks, such as Thunderbird): VTODOs, the 5,000 open tasks due soonest and the tasks completed in the last 30 days. `project_id` narrows either to one project. 404 when the token was rotated or the feed turned off, or the project is not one its owner may see.
         */
        get: operations["export_calendar_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The changes to everything the caller may see, since a cursor
         * @description For clients that were away: every change to the tasks, sections, projects and comments of every project the caller may see after `since`, each stream in the order it was committed, each entry with the task, section, project or comment as it is now (or a tombstone when it is gone or out of sight), so a client syncs from this feed alone. The caller's own events (a project shared with them, access removed, a reminder delivered) come in their Inbox's stream. 410 when changes after `since` are no longer kept (CHANGES_RETENTION_HOURS): reload and start from the new cursor.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["changes_list_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a comment
         * @description An API token needs the `tasks:read` scope.
         */
        get: operations["comments_get_comment"];
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description Its author or an admin of the project may. `If-Match` is honoured as for PATCH.
         *
         *     An API token needs the `tasks:write` scope.
         */
        delete: operations["comments_delete_comment"];
        options?: never;
        head?: never;
        /**
         * Change the text of your comment
         * @description Only its author may. Send `If-Match` with the ETag you last saw to refuse the change when the comment changed since (412).
         *
         *     An API token needs the `tasks:write` scope.
         */
        patch: operations["comments_edit_comment"];
        trace?: never;
    };
    "/api/email/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The page an email's unsubscribe link opens
         * @description Asks to confirm; changes nothing by itself (mail scanners open links).
         */
        get: operations["email_confirm_page"];
        put?: never;
        /**
         * Turn one kind of email off (one-click unsubscribe, RFC 8058)
         * @description What the email's `List-Unsubscribe` header points to; mail clients POST `List-Unsubscribe=One-Click`. The other channels of that kind, and other kinds, are unchanged.
         */
        post: operations["email_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's changes as they happen (Server-Sent Events)
         * @description A `text/event-stream`: `change` events (each a `ChangeOut` of `GET /api/changes`, with the task, section or project as it is now, or a tombstone) as changes to anything the caller may see commit on any server; the last event of each batch carries the feed's cursor as its id. A comment every 15 s when nothing happens, `reset` when the changes after `Last-Event-ID` are no longer kept (reload, then follow), and `expired` when the credential that opened it ran out (reconnect with a new one). Reconnecting with `Last-Event-ID` (which EventSource sends by itself) replays what was missed. Authenticate with a Bearer access token, a personal API token with the `tasks:read` scope (its stream ends after an hour at most: reconnect) or, from a browser's EventSource, with `?ticket=` from `POST /api/events/ticket` (a session's: API tokens get no tickets, which could not carry their scopes).
         */
        get: operations["events_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A single-use ticket for opening the event stream from a browser
         * @description API tokens cannot call this operation.
         */
        post: operations["events_issue_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the caller's projects, sections, tasks and tags
         * @description Every project the caller may see (archived ones too), or the one `project_id` names (404 without access, as a missing id). `format=json` (the default) is TaskForge's own format, version 2, which `POST /api/import` reads back: the projects in the caller's order with their sections, and every task with its project, section, tags, subtasks (`parent_id`), recurrence and series links. `format=csv` is one row per task for spreadsheets, with the columns id, parent_id, project, section, title, description, priority, due_date, completed, completed_at, created_at, tags, rrule, recurrence_anchor, timezone, previous_id (the project and section by name); text a spreadsheet would run as a formula starts with an apostrophe.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["export_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an export (all or nothing)
         * @description Creates the projects, sections, tasks and tags of a `GET /api/export?format=json` document (version 2, or 1) for the caller, with new ids; tags that exist already are reused (their colour stays). Without `project_id`, each project of the document is created anew, owned by the caller, at the end of their list (archived if it was), with its sections in order; but the one marked `inbox` is the caller's own Inbox (its sections matched by name there, the missing ones added), which also takes the tasks that name no project (all of a version 1 document's). With `project_id` (a project the caller may add tasks to), every task goes into that project, after its tasks, each into its section of the same name there (ignoring case) or, when it has none of that name, into no section; no project or section is created. Every rule is checked first: one broken field and nothing is imported (422 naming each one: `tasks[3].parent_id`, `tasks[3].section_id`, `projects[1].sections[0].name`). At most 10,000 tasks, 1,000 projects and 10,000 sections per import. `dry_run=true` reports what would be created and changes nothing.
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["export_import_tasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notifications, newest first
         * @description Reminders that came due, tasks given to them, mentions, comments on their tasks, projects and teams they were added to (only the kinds whose in-app channel is on).
         *
         *     API tokens cannot call this operation.
         */
        get: operations["notifications_list_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark every notification read
         * @description API tokens cannot call this operation.
         */
        post: operations["notifications_read_all"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{notification_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark a notification read or unread
         * @description API tokens cannot call this operation.
         */
        patch: operations["notifications_update_notification"];
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the projects the caller may see
         * @description Their Inbox first, then their own and the ones shared with them, in their own order (`POST /api/projects/<id>/move`). `archived` filters.
         *
         *     An API token needs the `projects:read` scope.
         */
        get: operations["projects_list_projects"];
        put?: never;
        /**
         * Create a project
         * @description The caller owns it; it goes to the end of their list.
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["projects_create_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project
         * @description An API token needs the `projects:read` scope.
         */
        get: operations["projects_get_project"];
        put?: never;
        post?: never;
        /**
         * Delete a project with its tasks
         * @description The owner only; never the Inbox (409). Its tasks, sections, members and links go with it; the tasks' history is kept. Everyone who could see it is told (a `deleted` event in their Inbox's stream). Send `If-Match` with the ETag you last saw to refuse the change when someone changed the project since (412).
         *
         *     An API token needs the `projects:write` scope.
         */
        delete: operations["projects_delete_project"];
        options?: never;
        head?: never;
        /**
         * Change a project, or the caller's own favourite
         * @description Renaming, describing, recolouring and (un)archiving need an admin; `favorite` is the caller's own. An archived project is read-only: only unarchiving it (possibly with other changes) is accepted. The Inbox can be neither renamed nor archived. Send `If-Match` with the ETag you last saw to refuse the change when someone changed the project since (412).
         *
         *     An API token needs the `projects:write` scope.
         */
        patch: operations["projects_update_project"];
        trace?: never;
    };
    "/api/projects/{project_id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of a project
         * @description Every create, update, complete, move and delete of the project's tasks, each naming its actor; oldest first by default, order=desc for newest first.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["audit_project_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a project's read-only links
         * @description Admins and the owner only. Their secrets are never shown again.
         *
         *     An API token needs the `projects:read` scope.
         */
        get: operations["sharing_list_links"];
        put?: never;
        /**
         * Create a read-only link to a project
         * @description Admins and the owner only. Anyone with the URL reads the project and its tasks, without an account, until the link is deleted. The secret is shown once; only its SHA-256 is stored. Never for the Inbox (409).
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["sharing_create_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/links/{link_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a read-only link
         * @description Admins and the owner only. It stops working on the next request.
         *
         *     An API token needs the `projects:write` scope.
         */
        delete: operations["sharing_revoke_link"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a project's members
         * @description Its direct members (the owner first); teams it is shared with are at `/teams`.
         *
         *     An API token needs the `projects:read` scope.
         */
        get: operations["sharing_list_members"];
        put?: never;
        /**
         * Share a project with a person
         * @description Admins and the owner only. By `username` or `email` of an existing account, with a role (viewer, editor, admin). They see it at once; their Inbox's stream tells them (`shared`). The Inbox is never shared (409).
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["sharing_add_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/members/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Leave a project
         * @description Ends the caller's direct membership (a team's grant stays). The owner cannot leave before transferring the project (409).
         *
         *     An API token needs the `projects:write` scope.
         */
        delete: operations["sharing_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Admins and the owner only. Anyone may remove themselves (as `/members/me`); never the owner. Takes effect on their next request: no cached page or open event stream shows them the project again.
         *
         *     An API token needs the `projects:write` scope.
         */
        delete: operations["sharing_remove_member"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Admins and the owner only. Never the owner's (a transfer changes that). Takes effect on their next request.
         *
         *     An API token needs the `projects:write` scope.
         */
        patch: operations["sharing_update_member"];
        trace?: never;
    };
    "/api/projects/{project_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a project in the caller's own order
         * @description Places the project right before `before_id` or right after `after_id` in the caller's list (everyone orders their own list).
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["projects_move_project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List everyone who can see a project
         * @description Its members and the members of the teams it is shared with, each once, with the highest role they have: editors and up may be assigned its tasks, anyone here may be `@`-mentioned.
         *
         *     An API token needs the `projects:read` scope.
         */
        get: operations["sharing_list_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a project's sections
         * @description An API token needs the `tasks:read` scope.
         */
        get: operations["project_sections_list_sections"];
        put?: never;
        /**
         * Add a section to a project
         * @description The project's admins only; not while it is archived. It goes last.
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["project_sections_create_section"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the teams a project is shared with
         * @description An API token needs the `projects:read` scope.
         */
        get: operations["sharing_list_team_grants"];
        put?: never;
        /**
         * Share a project with a team
         * @description Admins and the owner only. With a team the caller belongs to; each of its members gets the role (at least: a person's role is the highest of their direct and team grants).
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["sharing_share_with_team"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop sharing a project with a team
         * @description Admins and the owner only. Its members keep only their own grants; it takes effect on their next request.
         *
         *     An API token needs the `projects:write` scope.
         */
        delete: operations["sharing_remove_team_grant"];
        options?: never;
        head?: never;
        /**
         * Change a team grant's role
         * @description Admins and the owner only.
         *
         *     An API token needs the `projects:write` scope.
         */
        patch: operations["sharing_update_team_grant"];
        trace?: never;
    };
    "/api/projects/{project_id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a project to another member
         * @description The owner only. The new owner must be a direct member; the previous owner stays, an admin.
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["sharing_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's webhooks
         * @description For the project's admins and owner.
         *
         *     An API token needs the `webhooks` scope.
         */
        get: operations["webhooks_list_project_webhooks"];
        put?: never;
        /**
         * Add a webhook to a project
         * @description For the project's admins and owner: the events of the project's tasks and comments. The URL must reach public addresses only. Each delivery is a JSON POST `{type, timestamp, data}` signed as Standard Webhooks defines (`webhook-id`, `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 with the secret), sent in order, retried with exponential backoff for 24 hours; redirects are not followed. A webhook whose delivery fails for 24 hours is turned off and its owner notified.
         *
         *     An API token needs the `webhooks` scope.
         */
        post: operations["webhooks_create_project_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The server's VAPID public key
         * @description Pass it as `applicationServerKey` to `pushManager.subscribe()`. 404 when the server has no VAPID key (push is off there).
         *
         *     API tokens cannot call this operation.
         */
        get: operations["push_get_key"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's subscribed browsers
         * @description API tokens cannot call this operation.
         */
        get: operations["push_list_subscriptions"];
        put?: never;
        /**
         * Subscribe this browser to the caller's notifications
         * @description The body is the browser's `PushSubscription.toJSON()`. Subscribing a browser again updates it (201 the first time, 200 after); a browser someone else subscribed before is theirs no longer. Which kinds are pushed: `/api/auth/me/notification-settings`.
         *
         *     API tokens cannot call this operation.
         */
        post: operations["push_subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unsubscribe a browser
         * @description API tokens cannot call this operation.
         */
        delete: operations["push_unsubscribe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sections/{section_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a section
         * @description The project's admins only; not while it is archived. Its tasks stay in the project, in no section.
         *
         *     An API token needs the `tasks:write` scope.
         */
        delete: operations["sections_delete_section"];
        options?: never;
        head?: never;
        /**
         * Rename a section
         * @description The project's admins only; not while it is archived.
         *
         *     An API token needs the `tasks:write` scope.
         */
        patch: operations["sections_rename_section"];
        trace?: never;
    };
    "/api/sections/{section_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a section in its project's order
         * @description The project's admins only; not while it is archived. Places it right before `before_id` or right after `after_id` (sections of the project).
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["sections_move_section"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project shared by a read-only link
         * @description No account needed: the secret in the URL is the credential. 404 once the link is revoked.
         */
        get: operations["shared_get_shared_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/{token}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tasks of a project shared by a read-only link
         * @description The filters, sorts and pages of `GET /api/tasks`, over this project alone; who the tasks are assigned to is not shown (`assignees` is empty, `assignee` is refused).
         */
        get: operations["shared_list_shared_tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics over the tasks the caller may see, or one project's
         * @description An API token needs the `tasks:read` scope.
         */
        get: operations["stats_get_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's tags
         * @description An API token needs the `tasks:read` scope.
         */
        get: operations["tags_list_tags"];
        put?: never;
        /**
         * Create a tag
         * @description Tags are also created on the fly by the names sent in a task's `tags`.
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["tags_create_tag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a tag
         * @description The tag is removed from every task that carried it; the tasks themselves stay.
         *
         *     An API token needs the `tasks:write` scope.
         */
        delete: operations["tags_delete_tag"];
        options?: never;
        head?: never;
        /**
         * Rename or recolour a tag
         * @description A new name shows on every task that carries the tag (each of them gets a new version).
         *
         *     An API token needs the `tasks:write` scope.
         */
        patch: operations["tags_update_tag"];
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tasks the caller may see
         * @description An API token needs the `tasks:read` scope.
         */
        get: operations["tasks_list_tasks"];
        put?: never;
        /**
         * Create a task
         * @description An API token needs the `tasks:write` scope.
         */
        post: operations["tasks_create_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create 1-100 tasks at once (all or nothing)
         * @description An API token needs the `tasks:write` scope.
         */
        post: operations["tasks_create_tasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a task written in plain language, without creating it
         * @description The task `POST /api/tasks` with this `text` would create, and the spans of the text each field came from (to highlight them). Dates are read in the caller's time zone, at the moment of the request. Nothing is stored.
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["quickadd_parse_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description An API token needs the `tasks:read` scope.
         */
        get: operations["tasks_get_task"];
        /**
         * Change some fields of a task (same partial semantics as PATCH)
         * @description Send `If-Match` with the ETag you last saw to refuse the change when someone changed the task since (412). Without `If-Match` the change applies to the current version.
         *
         *     An API token needs the `tasks:write` scope.
         */
        put: operations["tasks_put_task"];
        post?: never;
        /**
         * Delete a task and its subtasks
         * @description Deleting a task deletes its subtasks too (and theirs). `If-Match` is honoured as for PATCH.
         *
         *     An API token needs the `tasks:write` scope.
         */
        delete: operations["tasks_delete_task"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a task
         * @description Send `If-Match` with the ETag you last saw to refuse the change when someone changed the task since (412). Without `If-Match` the change applies to the current version.
         *
         *     An API token needs the `tasks:write` scope.
         */
        patch: operations["tasks_patch_task"];
        trace?: never;
    };
    "/api/tasks/{task_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the comments on a task
         * @description Oldest first, in pages of `per_page`; anyone who may see the task may read them.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["comments_list_comments"];
        put?: never;
        /**
         * Comment on a task
         * @description Anyone who may see the task may comment (viewers too), unless its project is archived.
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["comments_add_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{task_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of one task
         * @description Every create, update, complete, move and delete, kept after a delete; oldest first by default, order=desc for newest first.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["audit_task_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{task_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a task in the manual order (`sort=position`)
         * @description Places the task right before `before_id` or right after `after_id`. Send `If-Match` with the ETag you last saw to refuse the change when someone changed the task since (412). Without `If-Match` the change applies to the current version.
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["tasks_move_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{task_id}/occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview the due dates of a recurring task's series
         * @description The occurrences from `from` to `to` (at most 10 years apart), at most `limit` of them, counted from this task on. A one-off task lists its own due date when it falls in the window.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["tasks_list_occurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{task_id}/subtasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a task's direct subtasks
         * @description In creation order; each subtask carries its own `subtasks` counts.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["tasks_list_subtasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's teams
         * @description An API token needs the `projects:read` scope.
         */
        get: operations["teams_list_teams"];
        put?: never;
        /**
         * Create a team
         * @description The caller becomes its admin.
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["teams_create_team"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team with its members
         * @description Its members only; anyone else gets 404.
         *
         *     An API token needs the `projects:read` scope.
         */
        get: operations["teams_get_team"];
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description The team's admins only. Projects shared with it stay, with their other members; its members keep only their own grants, from their next request on.
         *
         *     An API token needs the `projects:write` scope.
         */
        delete: operations["teams_delete_team"];
        options?: never;
        head?: never;
        /**
         * Rename or describe a team
         * @description The team's admins only. `If-Match` with the team's ETag refuses the change when someone changed it since.
         *
         *     An API token needs the `projects:write` scope.
         */
        patch: operations["teams_update_team"];
        trace?: never;
    };
    "/api/teams/{team_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a person to a team
         * @description The team's admins only. By `username` or `email`, as a member or an admin; they get the team's projects.
         *
         *     An API token needs the `projects:write` scope.
         */
        post: operations["teams_add_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{team_id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a person from a team, or leave it
         * @description The team's admins only. Anyone may remove themselves. A team always keeps an admin (409). They lose the team's projects on their next request (unless a grant of their own remains).
         *
         *     An API token needs the `projects:write` scope.
         */
        delete: operations["teams_remove_member"];
        options?: never;
        head?: never;
        /**
         * Make a team member an admin, or a plain member
         * @description The team's admins only. A team always keeps an admin (409).
         *
         *     An API token needs the `projects:write` scope.
         */
        patch: operations["teams_update_member"];
        trace?: never;
    };
    "/api/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the trash
         * @description What the caller may restore, newest deletion first. A task is listed to, restored and purged by whoever may delete tasks in its project (editors and up); a project by its owner.
         *
         *     An API token needs the `tasks:read` scope.
         */
        get: operations["trash_list_trash"];
        put?: never;
        post?: never;
        /**
         * Empty the trash
         * @description Purges for good everything in the trash the caller may purge (not the tasks of archived projects). A task is listed to, restored and purged by whoever may delete tasks in its project (editors and up); a project by its owner.
         *
         *     An API token needs the `tasks:write` scope.
         */
        delete: operations["trash_purge_all"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trash/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Purge an item from the trash for good
         * @description A task is listed to, restored and purged by whoever may delete tasks in its project (editors and up); a project by its owner.
         *
         *     An API token needs the `tasks:write` scope.
         */
        delete: operations["trash_purge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trash/{item_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an item from the trash
         * @description A task comes back with its subtasks, comments, tags, reminders and assignees; a project with its tasks. A subtask whose parent is still in the trash cannot (409); nor anything in an archived project (403). A task is listed to, restored and purged by whoever may delete tasks in its project (editors and up); a project by its owner.
         *
         *     An API token needs the `tasks:write` scope.
         */
        post: operations["trash_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's personal webhooks
         * @description Personal webhooks hear of every project the caller owns (their Inbox too), not those shared with them; a project's own webhooks are listed with the project.
         *
         *     An API token needs the `webhooks` scope.
         */
        get: operations["webhooks_list_personal_webhooks"];
        put?: never;
        /**
         * Add a personal webhook
         * @description It hears of every project the caller owns at the time of each change. Each delivery is a JSON POST `{type, timestamp, data}` signed as Standard Webhooks defines (`webhook-id`, `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 with the secret), sent in order, retried with exponential backoff for 24 hours; redirects are not followed. A webhook whose delivery fails for 24 hours is turned off and its owner notified.
         *
         *     An API token needs the `webhooks` scope.
         */
        post: operations["webhooks_create_personal_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook
         * @description An API token needs the `webhooks` scope.
         */
        get: operations["webhooks_get_webhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description An API token needs the `webhooks` scope.
         */
        delete: operations["webhooks_delete_webhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook
         * @description Its URL, events, or whether it is on (`active: true` turns a disabled one on again; what was queued is then sent).
         *
         *     An API token needs the `webhooks` scope.
         */
        patch: operations["webhooks_update_webhook"];
        trace?: never;
    };
    "/api/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's delivery log
         * @description An API token needs the `webhooks` scope.
         */
        get: operations["webhooks_list_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Queues its event again with the same `webhook-id` (receivers deduplicate on it) and body, after what is queued already.
         *
         *     An API token needs the `webhooks` scope.
         */
        post: operations["webhooks_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `ping` event through the same outbox, after what is queued already.
         *
         *     An API token needs the `webhooks` scope.
         */
        post: operations["webhooks_test_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up (touches nothing) */
        get: operations["health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description `checks.redis` is reported when the cache is on; Redis never makes this endpoint fail.
         */
        get: operations["health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Accepted */
        Accepted: {
            /**
             * Detail
             * @description What happens next.
             */
            detail: string;
        };
        /** AccountDeletionIn */
        AccountDeletionIn: {
            /**
             * Password
             * @description The account's password.
             */
            password: string;
            /**
             * Projects
             * @description What becomes of each owned project that other people use (each listed once); the owned projects no one else uses are deleted.
             */
            projects?: (components["schemas"]["TransferChoice"] | components["schemas"]["DeleteChoice"])[];
        };
        /** Actor */
        Actor: {
            /** Id */
            id: number;
            /** Username */
            username: string;
        };
        /** ApiTokenCreate */
        ApiTokenCreate: {
            /**
             * Expires At
             * @description When the token stops working (in the future); never when left out.
             * @default null
             */
            expires_at: string | null;
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name: string;
            /**
             * Scopes
             * @description What the token may do (a repeat counts once). `tasks:read`: Read tasks, sections, tags, comments, history, statistics, exports and the change feed.; `tasks:write`: Create, change, complete and delete tasks, sections, tags and comments.; `projects:read`: Read projects, their members, sharing and teams.; `projects:write`: Create, change and delete projects, their members, sharing and teams.; `webhooks`: Manage webhooks and read their deliveries.; `account:read`: Read the account's profile (GET /api/auth/me).
             */
            scopes: ("tasks:read" | "tasks:write" | "projects:read" | "projects:write" | "webhooks" | "account:read")[];
        };
        /** ApiTokenCreated */
        ApiTokenCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Id */
            id: number;
            /**
             * Last Used At
             * @description When the token was last used, to within five minutes; null when never.
             */
            last_used_at: string | null;
            /** Name */
            name: string;
            /**
             * Prefix
             * @description The token's first characters (`tf_` and 8 more), to recognise it by.
             */
            prefix: string;
            /** Scopes */
            scopes: ("tasks:read" | "tasks:write" | "projects:read" | "projects:write" | "webhooks" | "account:read")[];
            /**
             * Token
             * @description The token (`tf_` and 43 characters): shown this once, never again.
             */
            token: string;
        };
        /** ApiTokenList */
        ApiTokenList: {
            /** Items */
            items: components["schemas"]["ApiTokenOut"][];
        };
        /** ApiTokenOut */
        ApiTokenOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Id */
            id: number;
            /**
             * Last Used At
             * @description When the token was last used, to within five minutes; null when never.
             */
            last_used_at: string | null;
            /** Name */
            name: string;
            /**
             * Prefix
             * @description The token's first characters (`tf_` and 8 more), to recognise it by.
             */
            prefix: string;
            /** Scopes */
            scopes: ("tasks:read" | "tasks:write" | "projects:read" | "projects:write" | "webhooks" | "account:read")[];
        };
        /** AuditEventOut */
        AuditEventOut: {
            /**
             * Action
             * @enum {string}
             */
            action: "create" | "update" | "complete" | "delete" | "move" | "restore" | "comment" | "comment_edit" | "comment_delete";
            /** @description Who made the change. */
            actor: components["schemas"]["Actor"];
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Changes
             * @description {field: [before, after]}
             */
            changes: {
                [key: string]: unknown[];
            };
            /** Id */
            id: number;
            /**
             * Project Id
             * @description The project the task was in when it changed.
             */
            project_id: number;
            /**
             * Request Id
             * @description The X-Request-ID of the request that made the change.
             */
            request_id: string | null;
            /** Task Id */
            task_id: number;
            /**
             * User Id
             * @description The actor's id (as `actor.id`).
             */
            user_id: number;
        };
        /** AuditPage */
        AuditPage: {
            /**
             * Items
             * @description In the `order` asked for: oldest first by default.
             */
            items: components["schemas"]["AuditEventOut"][];
            /**
             * Next After
             * @description Pass as `after` for the next page; null on the last page.
             */
            next_after: number | null;
        };
        /** ByPriority */
        ByPriority: {
            /** 1 */
            1: number;
            /** 2 */
            2: number;
            /** 3 */
            3: number;
            /** 4 */
            4: number;
        };
        /** CalendarTokenOut */
        CalendarTokenOut: {
            /**
             * Token
             * @description The feed's secret, shown once: TaskForge keeps only its hash.
             */
            token: string;
            /**
             * Url
             * @description The feed's address, for a calendar app's "subscribe by URL" (anyone holding it can read the feed: rotate it if it leaks).
             */
            url: string;
        };
        /** ChangeOut */
        ChangeOut: {
            /**
             * Action
             * @description task: create, update, complete, delete, move, reminder; section: create, update, move, delete; project: create, update, archive, unarchive, members, links, shared, access_removed, deleted; comment: create, edit, delete.
             */
            action: string;
            /**
             * Actor Id
             * @description Who made the change (null: the system).
             */
            actor_id: number | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** @description kind comment: the comment as it is now. */
            comment: components["schemas"]["CommentOut"] | null;
            /**
             * Deleted
             * @description true: a tombstone. The task, section or project is gone, or the caller can no longer see it: drop it.
             */
            deleted: boolean;
            /**
             * Id
             * @description The task's, section's, project's or comment's id.
             */
            id: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "task" | "section" | "project" | "comment";
            /** @description kind project: the project as the caller sees it now. */
            project: components["schemas"]["ProjectOut"] | null;
            /**
             * Project Id
             * @description The stream it was recorded in: the project it happened in, or the caller's Inbox for what concerns them alone (a project shared with them, access removed, a reminder delivered).
             */
            project_id: number;
            /** @description kind section: the section as it is now. */
            section: components["schemas"]["SectionOut"] | null;
            /**
             * Seq
             * @description Its number in that stream: in commit order, without gaps.
             */
            seq: number;
            /** @description kind task: the task as it is now (null in a tombstone). */
            task: components["schemas"]["TaskOut"] | null;
        };
        /** ChangePage */
        ChangePage: {
            /**
             * Cursor
             * @description Pass as `since` next time. An opaque string: how far each of the caller's projects' changes were read. Pass it back as it came.
             */
            cursor: string;
            /**
             * Items
             * @description In each stream's commit order.
             */
            items: components["schemas"]["ChangeOut"][];
            /**
             * More
             * @description true: there are more changes after these; ask again at once.
             */
            more: boolean;
        };
        /** Channels */
        Channels: {
            /**
             * Email
             * @description Sent by email (when the server can send email).
             */
            email: boolean;
            /**
             * In App
             * @description Listed in the inbox (and announced in the open web app).
             */
            in_app: boolean;
            /**
             * Push
             * @description Pushed to every browser the person subscribed.
             */
            push: boolean;
        };
        /** ChannelsUpdate */
        ChannelsUpdate: {
            /** Email */
            email?: boolean;
            /** In App */
            in_app?: boolean;
            /** Push */
            push?: boolean;
        };
        /** CommentIn */
        CommentIn: {
            /**
             * Text
             * @description 1-10,000 characters of Markdown, stored as written (not blank); `@username` mentions a member of the task's project, who is notified.
             */
            text: string;
        };
        /** CommentOut */
        CommentOut: {
            /** @description Null once its author's account is deleted. */
            author: components["schemas"]["UserRef"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Edited At
             * @description When its author last changed it; null if never.
             */
            edited_at: string | null;
            /** Id */
            id: number;
            /** Task Id */
            task_id: number;
            /** Text */
            text: string;
            /** Version */
            version: number;
        };
        /** CommentPage */
        CommentPage: {
            /**
             * Items
             * @description Oldest first.
             */
            items: components["schemas"]["CommentOut"][];
            /**
             * Next After
             * @description Pass as `after` for the next page; null on the last page.
             */
            next_after: number | null;
        };
        /** CompletedDay */
        CompletedDay: {
            /**
             * Completed
             * @description Tasks completed on that day (by `completed_at`).
             */
            completed: number;
            /**
             * Date
             * Format: date
             * @description A day in the caller's time zone.
             */
            date: string;
        };
        /** Counts */
        Counts: {
            /**
             * Completed
             * @description Completed top-level tasks.
             */
            completed: number;
            /**
             * Open
             * @description Open top-level tasks.
             */
            open: number;
        };
        /** DeleteChoice */
        DeleteChoice: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "delete";
            /**
             * Id
             * @description A project the account owns.
             */
            id: number;
        };
        /** DeletionPreview */
        DeletionPreview: {
            /**
             * Deleted Projects
             * @description Owned projects no one else uses (the Inbox among them), deleted with their tasks.
             */
            deleted_projects: components["schemas"]["OwnProjectOut"][];
            /**
             * Kept Comments Count
             * @description Comments it wrote in projects that stay: kept, shown as by a deleted account.
             */
            kept_comments_count: number;
            /**
             * Kept Tasks Count
             * @description Tasks it created in projects that stay: kept, as created by each project's owner.
             */
            kept_tasks_count: number;
            /**
             * Shared Projects
             * @description Owned projects other people use: each needs `transfer` or `delete` in the request.
             */
            shared_projects: components["schemas"]["SharedProjectOut"][];
            /**
             * Tags Count
             * @description The account's tags, deleted (and taken off every task).
             */
            tags_count: number;
        };
        /** DeliveryOut */
        DeliveryOut: {
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Delivered At */
            delivered_at: string | null;
            /**
             * Event
             * @description One of the events, or `ping` for a test.
             */
            event: string;
            /** Id */
            id: number;
            /** Last Attempt At */
            last_attempt_at: string | null;
            /** Last Error */
            last_error: string | null;
            /**
             * Latency Ms
             * @description How long the last attempt took.
             */
            latency_ms: number | null;
            /**
             * Message Id
             * @description The `webhook-id` header: the same for a redelivery.
             */
            message_id: string;
            /**
             * Next Attempt At
             * @description When it is tried next; null once finished.
             */
            next_attempt_at: string | null;
            /**
             * Response Code
             * @description The receiver's last HTTP status; null if none came.
             */
            response_code: number | null;
            /**
             * Status
             * @description pending (due or retrying), delivered, or failed (given up).
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
        };
        /** DeliveryPage */
        DeliveryPage: {
            /**
             * Items
             * @description Newest first.
             */
            items: components["schemas"]["DeliveryOut"][];
            /**
             * Next After
             * @description Pass as `after` for the next page; null on the last page.
             */
            next_after: number | null;
        };
        /** DraftRecurrence */
        DraftRecurrence: {
            /**
             * Anchor
             * @description completion for `every!`.
             * @enum {string}
             */
            anchor: "due" | "completion";
            /**
             * Rrule
             * @description The RRULE the text's repetition stands for, normalised.
             */
            rrule: string;
        };
        /** DraftReminder */
        DraftReminder: {
            /**
             * Before Due
             * @description Minutes before the due date.
             */
            before_due: number;
        };
        /** EmailChangeIn */
        EmailChangeIn: {
            /**
             * Email
             * Format: email
             * @description The new address: a link sent there confirms the change.
             */
            email: string;
            /**
             * Password
             * @description The account's password.
             */
            password: string;
        };
        /**
         * ExportDocument
         * @description The caller's projects (with their sections), tags and tasks: `GET /api/export` writes it,
         *     `POST /api/import` reads it.
         */
        ExportDocument: {
            /**
             * Exported At
             * @default null
             */
            exported_at: string | null;
            /**
             * Format
             * @description Always `taskforge`.
             * @constant
             */
            format: "taskforge";
            /**
             * Projects
             * @description Every project exported, in the caller's order (the Inbox first).
             */
            projects?: components["schemas"]["ExportedProject"][];
            /**
             * Tags
             * @description Every tag, with its colour.
             */
            tags?: components["schemas"]["ExportedTag"][];
            /**
             * Tasks
             * @description Every task, subtasks and every occurrence of recurring series included, by project in the order of `projects`, each project's in manual order.
             */
            tasks: components["schemas"]["ExportedTask"][];
            /**
             * Version
             * @description The format's version.
             * @constant
             */
            version: 2;
        };
        /** ExportedComment */
        ExportedComment: {
            /**
             * Author
             * @description Who wrote it, by username, where it was exported. An import makes every comment the importer's, and one that someone else wrote starts with `*<author> wrote:*`.
             */
            author: string;
            /**
             * Created At
             * @description Kept by an import (default: now).
             * @default null
             */
            created_at: string | null;
            /**
             * Edited At
             * @default null
             */
            edited_at: string | null;
            /**
             * Text
             * @description 1-10,000 characters of Markdown, stored as written (not blank); `@username` mentions a member of the task's project, who is notified.
             */
            text: string;
        };
        /** ExportedProject */
        ExportedProject: {
            /**
             * Archived
             * @default false
             */
            archived: boolean;
            /**
             * Color
             * @description #rrggbb
             * @default #6c757d
             * @example #0d6efd
             */
            color: string;
            /**
             * Description
             * @default null
             */
            description: string | null;
            /**
             * Id
             * @description The project's id where it was exported; tasks' `project_id` refer to it.
             */
            id: number;
            /**
             * Inbox
             * @description The exporter's Inbox: an import puts its tasks into the importer's Inbox.
             * @default false
             */
            inbox: boolean;
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name: string;
            /**
             * Sections
             * @description In the project's order.
             */
            sections?: components["schemas"]["ExportedSection"][];
        };
        /** ExportedRecurrence */
        ExportedRecurrence: {
            /**
             * Anchor
             * @description due: the next occurrence follows the rule from the due dates; completion: the interval counts from when the occurrence is completed.
             * @default due
             * @enum {string}
             */
            anchor: "due" | "completion";
            /**
             * Occurrence
             * @description This task's number in the series (default 1).
             * @default null
             */
            occurrence: number | null;
            /**
             * Rrule
             * @description An RFC 5545 RRULE value: FREQ DAILY, WEEKLY, MONTHLY or YEARLY, with INTERVAL, BYDAY (ordinals such as 2TU, -1FR), BYMONTHDAY (-1: the last day), BYMONTH, BYSETPOS, WKST, and COUNT or UNTIL.
             * @example FREQ=WEEKLY;BYDAY=MO,WE
             * @example FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1
             */
            rrule: string;
            /**
             * Series Start
             * @description The due date of the series' first occurrence, which COUNT counts from (default: this task's due date).
             * @default null
             */
            series_start: string | null;
            /**
             * Timezone
             * @description The zone the rule repeats in.
             * @default UTC
             * @example Europe/Berlin
             * @enum {string}
             */
            timezone: "Africa/Abidjan" | "Africa/Accra" | "Africa/Addis_Ababa" | "Africa/Algiers" | "Africa/Asmara" | "Africa/Asmera" | "Africa/Bamako" | "Africa/Bangui" | "Africa/Banjul" | "Africa/Bissau" | "Africa/Blantyre" | "Africa/Brazzaville" | "Africa/Bujumbura" | "Africa/Cairo" | "Africa/Casablanca" | "Africa/Ceuta" | "Africa/Conakry" | "Africa/Dakar" | "Africa/Dar_es_Salaam" | "Africa/Djibouti" | "Africa/Douala" | "Africa/El_Aaiun" | "Africa/Freetown" | "Africa/Gaborone" | "Africa/Harare" | "Africa/Johannesburg" | "Africa/Juba" | "Africa/Kampala" | "Africa/Khartoum" | "Africa/Kigali" | "Africa/Kinshasa" | "Africa/Lagos" | "Africa/Libreville" | "Africa/Lome" | "Africa/Luanda" | "Africa/Lubumbashi" | "Africa/Lusaka" | "Africa/Malabo" | "Africa/Maputo" | "Africa/Maseru" | "Africa/Mbabane" | "Africa/Mogadishu" | "Africa/Monrovia" | "Africa/Nairobi" | "Africa/Ndjamena" | "Africa/Niamey" | "Africa/Nouakchott" | "Africa/Ouagadougou" | "Africa/Porto-Novo" | "Africa/Sao_Tome" | "Africa/Timbuktu" | "Africa/Tripoli" | "Africa/Tunis" | "Africa/Windhoek" | "America/Adak" | "America/Anchorage" | "America/Anguilla" | "America/Antigua" | "America/Araguaina" | "America/Argentina/Buenos_Aires" | "America/Argentina/Catamarca" | "America/Argentina/ComodRivadavia" | "America/Argentina/Cordoba" | "America/Argentina/Jujuy" | "America/Argentina/La_Rioja" | "America/Argentina/Mendoza" | "America/Argentina/Rio_Gallegos" | "America/Argentina/Salta" | "America/Argentina/San_Juan" | "America/Argentina/San_Luis" | "America/Argentina/Tucuman" | "America/Argentina/Ushuaia" | "America/Aruba" | "America/Asuncion" | "America/Atikokan" | "America/Atka" | "America/Bahia" | "America/Bahia_Banderas" | "America/Barbados" | "America/Belem" | "America/Belize" | "America/Blanc-Sablon" | "America/Boa_Vista" | "America/Bogota" | "America/Boise" | "America/Buenos_Aires" | "America/Cambridge_Bay" | "America/Campo_Grande" | "America/Cancun" | "America/Caracas" | "America/Catamarca" | "America/Cayenne" | "America/Cayman" | "America/Chicago" | "America/Chihuahua" | "America/Ciudad_Juarez" | "America/Coral_Harbour" | "America/Cordoba" | "America/Costa_Rica" | "America/Coyhaique" | "America/Creston" | "America/Cuiaba" | "America/Curacao" | "America/Danmarkshavn" | "America/Dawson" | "America/Dawson_Creek" | "America/Denver" | "America/Detroit" | "America/Dominica" | "America/Edmonton" | "America/Eirunepe" | "America/El_Salvador" | "America/Ensenada" | "America/Fort_Nelson" | "America/Fort_Wayne" | "America/Fortaleza" | "America/Glace_Bay" | "America/Godthab" | "America/Goose_Bay" | "America/Grand_Turk" | "America/Grenada" | "America/Guadeloupe" | "America/Guatemala" | "America/Guayaquil" | "America/Guyana" | "America/Halifax" | "America/Havana" | "America/Hermosillo" | "America/Indiana/Indianapolis" | "America/Indiana/Knox" | "America/Indiana/Marengo" | "America/Indiana/Petersburg" | "America/Indiana/Tell_City" | "America/Indiana/Vevay" | "America/Indiana/Vincennes" | "America/Indiana/Winamac" | "America/Indianapolis" | "America/Inuvik" | "America/Iqaluit" | "America/Jamaica" | "America/Jujuy" | "America/Juneau" | "America/Kentucky/Louisville" | "America/Kentucky/Monticello" | "America/Knox_IN" | "America/Kralendijk" | "America/La_Paz" | "America/Lima" | "America/Los_Angeles" | "America/Louisville" | "America/Lower_Princes" | "America/Maceio" | "America/Managua" | "America/Manaus" | "America/Marigot" | "America/Martinique" | "America/Matamoros" | "America/Mazatlan" | "America/Mendoza" | "America/Menominee" | "America/Merida" | "America/Metlakatla" | "America/Mexico_City" | "America/Miquelon" | "America/Moncton" | "America/Monterrey" | "America/Montevideo" | "America/Montreal" | "America/Montserrat" | "America/Nassau" | "America/New_York" | "America/Nipigon" | "America/Nome" | "America/Noronha" | "America/North_Dakota/Beulah" | "America/North_Dakota/Center" | "America/North_Dakota/New_Salem" | "America/Nuuk" | "America/Ojinaga" | "America/Panama" | "America/Pangnirtung" | "America/Paramaribo" | "America/Phoenix" | "America/Port-au-Prince" | "America/Port_of_Spain" | "America/Porto_Acre" | "America/Porto_Velho" | "America/Puerto_Rico" | "America/Punta_Arenas" | "America/Rainy_River" | "America/Rankin_Inlet" | "America/Recife" | "America/Regina" | "America/Resolute" | "America/Rio_Branco" | "America/Rosario" | "America/Santa_Isabel" | "America/Santarem" | "America/Santiago" | "America/Santo_Domingo" | "America/Sao_Paulo" | "America/Scoresbysund" | "America/Shiprock" | "America/Sitka" | "America/St_Barthelemy" | "America/St_Johns" | "America/St_Kitts" | "America/St_Lucia" | "America/St_Thomas" | "America/St_Vincent" | "America/Swift_Current" | "America/Tegucigalpa" | "America/Thule" | "America/Thunder_Bay" | "America/Tijuana" | "America/Toronto" | "America/Tortola" | "America/Vancouver" | "America/Virgin" | "America/Whitehorse" | "America/Winnipeg" | "America/Yakutat" | "America/Yellowknife" | "Antarctica/Casey" | "Antarctica/Davis" | "Antarctica/DumontDUrville" | "Antarctica/Macquarie" | "Antarctica/Mawson" | "Antarctica/McMurdo" | "Antarctica/Palmer" | "Antarctica/Rothera" | "Antarctica/South_Pole" | "Antarctica/Syowa" | "Antarctica/Troll" | "Antarctica/Vostok" | "Arctic/Longyearbyen" | "Asia/Aden" | "Asia/Almaty" | "Asia/Amman" | "Asia/Anadyr" | "Asia/Aqtau" | "Asia/Aqtobe" | "Asia/Ashgabat" | "Asia/Ashkhabad" | "Asia/Atyrau" | "Asia/Baghdad" | "Asia/Bahrain" | "Asia/Baku" | "Asia/Bangkok" | "Asia/Barnaul" | "Asia/Beirut" | "Asia/Bishkek" | "Asia/Brunei" | "Asia/Calcutta" | "Asia/Chita" | "Asia/Choibalsan" | "Asia/Chongqing" | "Asia/Chungking" | "Asia/Colombo" | "Asia/Dacca" | "Asia/Damascus" | "Asia/Dhaka" | "Asia/Dili" | "Asia/Dubai" | "Asia/Dushanbe" | "Asia/Famagusta" | "Asia/Gaza" | "Asia/Harbin" | "Asia/Hebron" | "Asia/Ho_Chi_Minh" | "Asia/Hong_Kong" | "Asia/Hovd" | "Asia/Irkutsk" | "Asia/Istanbul" | "Asia/Jakarta" | "Asia/Jayapura" | "Asia/Jerusalem" | "Asia/Kabul" | "Asia/Kamchatka" | "Asia/Karachi" | "Asia/Kashgar" | "Asia/Kathmandu" | "Asia/Katmandu" | "Asia/Khandyga" | "Asia/Kolkata" | "Asia/Krasnoyarsk" | "Asia/Kuala_Lumpur" | "Asia/Kuching" | "Asia/Kuwait" | "Asia/Macao" | "Asia/Macau" | "Asia/Magadan" | "Asia/Makassar" | "Asia/Manila" | "Asia/Muscat" | "Asia/Nicosia" | "Asia/Novokuznetsk" | "Asia/Novosibirsk" | "Asia/Omsk" | "Asia/Oral" | "Asia/Phnom_Penh" | "Asia/Pontianak" | "Asia/Pyongyang" | "Asia/Qatar" | "Asia/Qostanay" | "Asia/Qyzylorda" | "Asia/Rangoon" | "Asia/Riyadh" | "Asia/Saigon" | "Asia/Sakhalin" | "Asia/Samarkand" | "Asia/Seoul" | "Asia/Shanghai" | "Asia/Singapore" | "Asia/Srednekolymsk" | "Asia/Taipei" | "Asia/Tashkent" | "Asia/Tbilisi" | "Asia/Tehran" | "Asia/Tel_Aviv" | "Asia/Thimbu" | "Asia/Thimphu" | "Asia/Tokyo" | "Asia/Tomsk" | "Asia/Ujung_Pandang" | "Asia/Ulaanbaatar" | "Asia/Ulan_Bator" | "Asia/Urumqi" | "Asia/Ust-Nera" | "Asia/Vientiane" | "Asia/Vladivostok" | "Asia/Yakutsk" | "Asia/Yangon" | "Asia/Yekaterinburg" | "Asia/Yerevan" | "Atlantic/Azores" | "Atlantic/Bermuda" | "Atlantic/Canary" | "Atlantic/Cape_Verde" | "Atlantic/Faeroe" | "Atlantic/Faroe" | "Atlantic/Jan_Mayen" | "Atlantic/Madeira" | "Atlantic/Reykjavik" | "Atlantic/South_Georgia" | "Atlantic/St_Helena" | "Atlantic/Stanley" | "Australia/ACT" | "Australia/Adelaide" | "Australia/Brisbane" | "Australia/Broken_Hill" | "Australia/Canberra" | "Australia/Currie" | "Australia/Darwin" | "Australia/Eucla" | "Australia/Hobart" | "Australia/LHI" | "Australia/Lindeman" | "Australia/Lord_Howe" | "Australia/Melbourne" | "Australia/NSW" | "Australia/North" | "Australia/Perth" | "Australia/Queensland" | "Australia/South" | "Australia/Sydney" | "Australia/Tasmania" | "Australia/Victoria" | "Australia/West" | "Australia/Yancowinna" | "Brazil/Acre" | "Brazil/DeNoronha" | "Brazil/East" | "Brazil/West" | "CET" | "CST6CDT" | "Canada/Atlantic" | "Canada/Central" | "Canada/Eastern" | "Canada/Mountain" | "Canada/Newfoundland" | "Canada/Pacific" | "Canada/Saskatchewan" | "Canada/Yukon" | "Chile/Continental" | "Chile/EasterIsland" | "Cuba" | "EET" | "EST" | "EST5EDT" | "Egypt" | "Eire" | "Etc/GMT" | "Etc/GMT+0" | "Etc/GMT+1" | "Etc/GMT+10" | "Etc/GMT+11" | "Etc/GMT+12" | "Etc/GMT+2" | "Etc/GMT+3" | "Etc/GMT+4" | "Etc/GMT+5" | "Etc/GMT+6" | "Etc/GMT+7" | "Etc/GMT+8" | "Etc/GMT+9" | "Etc/GMT-0" | "Etc/GMT-1" | "Etc/GMT-10" | "Etc/GMT-11" | "Etc/GMT-12" | "Etc/GMT-13" | "Etc/GMT-14" | "Etc/GMT-2" | "Etc/GMT-3" | "Etc/GMT-4" | "Etc/GMT-5" | "Etc/GMT-6" | "Etc/GMT-7" | "Etc/GMT-8" | "Etc/GMT-9" | "Etc/GMT0" | "Etc/Greenwich" | "Etc/UCT" | "Etc/UTC" | "Etc/Universal" | "Etc/Zulu" | "Europe/Amsterdam" | "Europe/Andorra" | "Europe/Astrakhan" | "Europe/Athens" | "Europe/Belfast" | "Europe/Belgrade" | "Europe/Berlin" | "Europe/Bratislava" | "Europe/Brussels" | "Europe/Bucharest" | "Europe/Budapest" | "Europe/Busingen" | "Europe/Chisinau" | "Europe/Copenhagen" | "Europe/Dublin" | "Europe/Gibraltar" | "Europe/Guernsey" | "Europe/Helsinki" | "Europe/Isle_of_Man" | "Europe/Istanbul" | "Europe/Jersey" | "Europe/Kaliningrad" | "Europe/Kiev" | "Europe/Kirov" | "Europe/Kyiv" | "Europe/Lisbon" | "Europe/Ljubljana" | "Europe/London" | "Europe/Luxembourg" | "Europe/Madrid" | "Europe/Malta" | "Europe/Mariehamn" | "Europe/Minsk" | "Europe/Monaco" | "Europe/Moscow" | "Europe/Nicosia" | "Europe/Oslo" | "Europe/Paris" | "Europe/Podgorica" | "Europe/Prague" | "Europe/Riga" | "Europe/Rome" | "Europe/Samara" | "Europe/San_Marino" | "Europe/Sarajevo" | "Europe/Saratov" | "Europe/Simferopol" | "Europe/Skopje" | "Europe/Sofia" | "Europe/Stockholm" | "Europe/Tallinn" | "Europe/Tirane" | "Europe/Tiraspol" | "Europe/Ulyanovsk" | "Europe/Uzhgorod" | "Europe/Vaduz" | "Europe/Vatican" | "Europe/Vienna" | "Europe/Vilnius" | "Europe/Volgograd" | "Europe/Warsaw" | "Europe/Zagreb" | "Europe/Zaporozhye" | "Europe/Zurich" | "Factory" | "GB" | "GB-Eire" | "GMT" | "GMT+0" | "GMT-0" | "GMT0" | "Greenwich" | "HST" | "Hongkong" | "Iceland" | "Indian/Antananarivo" | "Indian/Chagos" | "Indian/Christmas" | "Indian/Cocos" | "Indian/Comoro" | "Indian/Kerguelen" | "Indian/Mahe" | "Indian/Maldives" | "Indian/Mauritius" | "Indian/Mayotte" | "Indian/Reunion" | "Iran" | "Israel" | "Jamaica" | "Japan" | "Kwajalein" | "Libya" | "MET" | "MST" | "MST7MDT" | "Mexico/BajaNorte" | "Mexico/BajaSur" | "Mexico/General" | "NZ" | "NZ-CHAT" | "Navajo" | "PRC" | "PST8PDT" | "Pacific/Apia" | "Pacific/Auckland" | "Pacific/Bougainville" | "Pacific/Chatham" | "Pacific/Chuuk" | "Pacific/Easter" | "Pacific/Efate" | "Pacific/Enderbury" | "Pacific/Fakaofo" | "Pacific/Fiji" | "Pacific/Funafuti" | "Pacific/Galapagos" | "Pacific/Gambier" | "Pacific/Guadalcanal" | "Pacific/Guam" | "Pacific/Honolulu" | "Pacific/Johnston" | "Pacific/Kanton" | "Pacific/Kiritimati" | "Pacific/Kosrae" | "Pacific/Kwajalein" | "Pacific/Majuro" | "Pacific/Marquesas" | "Pacific/Midway" | "Pacific/Nauru" | "Pacific/Niue" | "Pacific/Norfolk" | "Pacific/Noumea" | "Pacific/Pago_Pago" | "Pacific/Palau" | "Pacific/Pitcairn" | "Pacific/Pohnpei" | "Pacific/Ponape" | "Pacific/Port_Moresby" | "Pacific/Rarotonga" | "Pacific/Saipan" | "Pacific/Samoa" | "Pacific/Tahiti" | "Pacific/Tarawa" | "Pacific/Tongatapu" | "Pacific/Truk" | "Pacific/Wake" | "Pacific/Wallis" | "Pacific/Yap" | "Poland" | "Portugal" | "ROC" | "ROK" | "Singapore" | "Turkey" | "UCT" | "US/Alaska" | "US/Aleutian" | "US/Arizona" | "US/Central" | "US/East-Indiana" | "US/Eastern" | "US/Hawaii" | "US/Indiana-Starke" | "US/Michigan" | "US/Mountain" | "US/Pacific" | "US/Samoa" | "UTC" | "Universal" | "W-SU" | "WET" | "Zulu";
        };
        /** ExportedSection */
        ExportedSection: {
            /**
             * Id
             * @description The section's id where it was exported; tasks' `section_id` refer to it.
             */
            id: number;
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name: string;
        };
        /** ExportedTag */
        ExportedTag: {
            /**
             * Color
             * @description #rrggbb
             * @example #0d6efd
             */
            color: string;
            /**
             * Name
             * @description 1-50 characters; trimmed; unique per user ignoring case.
             */
            name: string;
        };
        /** ExportedTask */
        ExportedTask: {
            /**
             * Comments
             * @description Its comments, oldest first.
             */
            comments?: components["schemas"]["ExportedComment"][];
            /**
             * Completed
             * @default false
             */
            completed: boolean;
            /**
             * Completed At
             * @description When it was completed (default: the import's time, for a completed task).
             * @default null
             */
            completed_at: string | null;
            /**
             * Created At
             * @description Kept by an import (default: now).
             * @default null
             */
            created_at: string | null;
            /**
             * Description
             * @default null
             */
            description: string | null;
            /**
             * Due Date
             * @default null
             */
            due_date: string | null;
            /**
             * Id
             * @description The task's id where it was exported; `parent_id` and `previous_id` refer to it. An import gives every task a new id.
             */
            id: number;
            /**
             * Parent Id
             * @description The `id` of its parent in this document.
             * @default null
             */
            parent_id: number | null;
            /**
             * Previous Id
             * @description The `id` of the occurrence this one follows, in a recurring series; an import keeps the link when that task is in the document too.
             * @default null
             */
            previous_id: number | null;
            /**
             * Priority
             * @description 1 low, 2 medium, 3 high, 4 urgent.
             * @default 2
             */
            priority: number;
            /**
             * Project Id
             * @description The `id` of its project in `projects` (a subtask is in its parent's); null: none given.
             * @default null
             */
            project_id: number | null;
            /** @default null */
            recurrence: components["schemas"]["ExportedRecurrence"] | null;
            /**
             * Section Id
             * @description The `id` of its section in its project's `sections` (top-level tasks only).
             * @default null
             */
            section_id: number | null;
            /**
             * Tags
             * @description Up to 20 tag names; unknown names become new tags; names that differ only in case are one tag.
             */
            tags?: string[];
            /**
             * Title
             * @description 1-200 characters; trimmed.
             */
            title: string;
        };
        /** FieldErrorOut */
        FieldErrorOut: {
            /**
             * Field
             * @description The failing field as a path, such as `tasks[3].title`.
             */
            field: string;
            /** Message */
            message: string;
        };
        /** HealthOut */
        HealthOut: {
            /**
             * Status
             * @constant
             */
            status: "ok";
        };
        /**
         * ImportDocument
         * @description An export to import: version 2, or version 1 (tags and tasks, no projects).
         */
        ImportDocument: {
            /**
             * Exported At
             * @default null
             */
            exported_at: string | null;
            /**
             * Format
             * @description Always `taskforge`.
             * @constant
             */
            format: "taskforge";
            /**
             * Projects
             * @description At most 1,000 projects with 10,000 sections in all.
             */
            projects?: components["schemas"]["ExportedProject"][];
            /** Tags */
            tags?: components["schemas"]["ExportedTag"][];
            /**
             * Tasks
             * @description At most 10,000 tasks per import (split a larger export).
             */
            tasks: components["schemas"]["ExportedTask"][];
            /**
             * Version
             * @description The format's version: 1 has no projects.
             * @enum {integer}
             */
            version: 1 | 2;
        };
        /** ImportReport */
        ImportReport: {
            /** Dry Run */
            dry_run: boolean;
            /**
             * Projects Created
             * @description The projects created for the caller, by name.
             */
            projects_created: string[];
            /**
             * Tags Created
             * @description The tags that did not exist yet, by name.
             */
            tags_created: string[];
            /**
             * Tasks
             * @description Every task of the document, in its order.
             */
            tasks: components["schemas"]["ImportedTask"][];
            /**
             * Tasks Created
             * @description How many tasks were (or, in a dry run, would be) created.
             */
            tasks_created: number;
        };
        /** ImportedTask */
        ImportedTask: {
            /**
             * Id
             * @description Its new id; null in a dry run.
             */
            id: number | null;
            /**
             * Source Id
             * @description The task's `id` in the document.
             */
            source_id: number;
            /** Title */
            title: string;
        };
        /** LinkCreated */
        LinkCreated: {
            /**
             * Api Url
             * @description The same project through the API (`/api/shared/<token>`).
             */
            api_url: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            created_by: components["schemas"]["UserRef"] | null;
            /** Id */
            id: number;
            /**
             * Token
             * @description Shown once: only its SHA-256 is stored.
             */
            token: string;
            /**
             * Url
             * @description The read-only page in the web app (`/shared/<token>`).
             */
            url: string;
        };
        /** LinkList */
        LinkList: {
            /** Items */
            items: components["schemas"]["LinkOut"][];
        };
        /** LinkOut */
        LinkOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            created_by: components["schemas"]["UserRef"] | null;
            /** Id */
            id: number;
        };
        /** LoginIn */
        LoginIn: {
            /**
             * Password
             * @description The account's password.
             */
            password: string;
            /**
             * Username
             * @description A username or an email address.
             */
            username: string;
        };
        /** LogoutIn */
        LogoutIn: {
            /**
             * Refresh Token
             * @description Also revoke this refresh token.
             * @default null
             */
            refresh_token: string | null;
        };
        /** MemberAdd */
        MemberAdd: {
            /**
             * Email
             * @default null
             */
            email: string | null;
            /**
             * Role
             * @default editor
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin";
            /**
             * Username
             * @default null
             */
            username: string | null;
        };
        /** MemberList */
        MemberList: {
            /**
             * Items
             * @description Direct members: the owner first, then by username.
             */
            items: components["schemas"]["MemberOut"][];
        };
        /** MemberOut */
        MemberOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Effective Role
             * @description The highest of their direct and team grants.
             * @enum {string}
             */
            effective_role: "viewer" | "editor" | "admin" | "owner";
            /**
             * Role
             * @description Their direct role (a team may give them a higher one).
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin" | "owner";
            user: components["schemas"]["UserRef"];
        };
        /** MemberUpdate */
        MemberUpdate: {
            /**
             * Role
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin";
        };
        /** NotificationOut */
        NotificationOut: {
            /** @description Who caused it; null for a reminder. */
            actor: components["schemas"]["UserRef"] | null;
            /**
             * Comment Id
             * @description The comment it is about (kinds mentioned, commented).
             */
            comment_id: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Due Date
             * @description The task's due date then.
             */
            due_date: string | null;
            /**
             * Fire At
             * @description When the reminder was due.
             */
            fire_at: string | null;
            /** Id */
            id: number;
            /**
             * Kind
             * @description reminder: a reminder came due; assigned: you were given a task; mentioned: a comment mentions you; commented: a comment on a task you are assigned to or created; shared: you were added to a project (`project_id`) or a team (`team_id`); webhook: a webhook of yours was turned off after its deliveries failed for 24 hours (its URL is the title; `project_id` null: a personal one). Never for your own action.
             * @enum {string}
             */
            kind: "reminder" | "assigned" | "mentioned" | "commented" | "shared" | "webhook";
            /**
             * Project Id
             * @description The project it is about.
             */
            project_id: number | null;
            /**
             * Read At
             * @description When it was marked read; null while unread.
             */
            read_at: string | null;
            /**
             * Task Id
             * @description The task it is about (it may have been deleted since; null while it is in the trash).
             */
            task_id: number | null;
            /**
             * Team Id
             * @description The team it is about (kind shared).
             */
            team_id: number | null;
            /**
             * Title
             * @description The task's title (or the project's or team's name) when it was made.
             */
            title: string;
        };
        /** NotificationPage */
        NotificationPage: {
            /**
             * Items
             * @description Newest first.
             */
            items: components["schemas"]["NotificationOut"][];
            /**
             * Next After
             * @description Pass as `after` for the next page; null on the last page.
             */
            next_after: number | null;
            /**
             * Unread
             * @description How many of the caller's notifications are unread (all pages).
             */
            unread: number;
        };
        /**
         * NotificationSettings
         * @description Each kind's channels (all on until changed).
         */
        NotificationSettings: {
            assigned: components["schemas"]["Channels"];
            commented: components["schemas"]["Channels"];
            mentioned: components["schemas"]["Channels"];
            reminder: components["schemas"]["Channels"];
            shared: components["schemas"]["Channels"];
            webhook: components["schemas"]["Channels"];
        };
        /**
         * NotificationSettingsUpdate
         * @description Only the kinds and channels sent change.
         */
        NotificationSettingsUpdate: {
            assigned?: components["schemas"]["ChannelsUpdate"];
            commented?: components["schemas"]["ChannelsUpdate"];
            mentioned?: components["schemas"]["ChannelsUpdate"];
            reminder?: components["schemas"]["ChannelsUpdate"];
            shared?: components["schemas"]["ChannelsUpdate"];
            webhook?: components["schemas"]["ChannelsUpdate"];
        };
        /** NotificationUpdate */
        NotificationUpdate: {
            /**
             * Read
             * @description true: mark as read; false: as unread again.
             */
            read: boolean;
        };
        /** Occurrences */
        Occurrences: {
            /**
             * Items
             * @description Due dates of the series' occurrences in the window, in UTC.
             */
            items: string[];
        };
        /** OwnProjectOut */
        OwnProjectOut: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Tasks Count */
            tasks_count: number;
        };
        /** ParseIn */
        ParseIn: {
            /**
             * Project Id
             * @description As in `POST /api/tasks`: a project sent wins over one the text names (default: the one the text names, else the caller's Inbox).
             * @default null
             */
            project_id: number | null;
            /**
             * Text
             * @description A task in plain language, read in the caller's time zone: a due date (tomorrow 5pm, next fri, in 3 days, jan 5, 2027-01-05 09:30, eod), a repetition (every weekday, every 2 weeks on mon, every last friday, every month on the 15th), #tags, a priority (p1 urgent to p4 low), a project (@name or +name, one the caller may add tasks to) and reminders (remind 30m before). What is not recognised is the title. `POST /api/tasks/parse` shows how a text is read.
             * @example Pay rent every month on the 1st p1 #home remind 1d before
             */
            text: string;
        };
        /** ParseOut */
        ParseOut: {
            /**
             * Spans
             * @description What was recognised, in the order written.
             */
            spans: components["schemas"]["SpanOut"][];
            task: components["schemas"]["TaskDraft"];
            /**
             * Unrecognized
             * @description Words that look like a field but were not taken (`@name` naming no project the caller may add tasks to); they stay in the title.
             */
            unrecognized: components["schemas"]["UnrecognizedOut"][];
        };
        /** PasswordChangeIn */
        PasswordChangeIn: {
            /**
             * Current Password
             * @description The account's password now.
             */
            current_password: string;
            /**
             * New Password
             * @description 8-128 characters.
             */
            new_password: string;
        };
        /** PeopleList */
        PeopleList: {
            /**
             * Items
             * @description The highest role first, then by username.
             */
            items: components["schemas"]["PersonOut"][];
        };
        /** PersonOut */
        PersonOut: {
            /**
             * Role
             * @description Their effective role: the highest of their direct and team grants.
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin" | "owner";
            user: components["schemas"]["UserRef"];
        };
        /**
         * Problem
         * @description An RFC 9457 problem detail.
         */
        Problem: {
            /** Detail */
            detail: string;
            /**
             * Errors
             * @description Present on validation errors (422).
             * @default null
             */
            errors: components["schemas"]["FieldErrorOut"][] | null;
            /** Request Id */
            request_id: string;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /** Type */
            type: string;
        };
        /** ProjectCreate */
        ProjectCreate: {
            /**
             * Color
             * @description #rrggbb; a neutral grey when left out.
             * @default null
             */
            color: string | null;
            /**
             * Description
             * @default null
             */
            description: string | null;
            /**
             * Favorite
             * @default false
             */
            favorite: boolean;
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name: string;
        };
        /** ProjectList */
        ProjectList: {
            /**
             * Items
             * @description The Inbox first, then in the caller's own order.
             */
            items: components["schemas"]["ProjectOut"][];
        };
        /** ProjectOut */
        ProjectOut: {
            /** Archived */
            archived: boolean;
            /** Color */
            color: string;
            counts: components["schemas"]["Counts"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /**
             * Favorite
             * @description The caller's own setting.
             */
            favorite: boolean;
            /** Id */
            id: number;
            /**
             * Inbox
             * @description The caller's Inbox: never shared, archived or deleted.
             */
            inbox: boolean;
            /**
             * Member Count
             * @description People with access, directly or through a team.
             */
            member_count: number;
            /** Name */
            name: string;
            /** Owner Id */
            owner_id: number;
            /**
             * Position
             * @description The caller's own order key for the project (POST .../move).
             */
            position: string;
            /**
             * Role
             * @description The caller's role: the highest of their direct and team grants.
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin" | "owner";
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * ProjectUpdate
         * @description Only the fields sent are changed. `favorite` is the caller's own (any member may set it); the rest is
         *     the project's (admins and the owner).
         */
        ProjectUpdate: {
            /**
             * Archived
             * @description Archived projects are read-only and left out of default task lists.
             */
            archived?: boolean;
            /**
             * Color
             * @description #rrggbb
             * @example #0d6efd
             */
            color?: string;
            /** Description */
            description?: string | null;
            /** Favorite */
            favorite?: boolean;
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name?: string;
        };
        /** PushKey */
        PushKey: {
            /**
             * Public Key
             * @description The server's VAPID public key: `applicationServerKey` for subscribe().
             */
            public_key: string;
        };
        /** PushKeys */
        PushKeys: {
            /**
             * Auth
             * @description The browser's 16-byte authentication secret, base64url.
             */
            auth: string;
            /**
             * P256Dh
             * @description The browser's P-256 public key (65 bytes), base64url.
             */
            p256dh: string;
        };
        /**
         * PushSubscriptionIn
         * @description What `PushSubscription.toJSON()` gives in the browser (`expirationTime` is accepted and ignored).
         */
        PushSubscriptionIn: {
            /**
             * Endpoint
             * @description The push service's URL for this browser: visible ASCII; in production the https URL of a browser push service (FCM, Mozilla, Apple, Windows).
             */
            endpoint: string;
            /**
             * Expirationtime
             * @default null
             */
            expirationTime: number | null;
            keys: components["schemas"]["PushKeys"];
        };
        /** PushSubscriptionList */
        PushSubscriptionList: {
            /** Items */
            items: components["schemas"]["PushSubscriptionOut"][];
        };
        /** PushSubscriptionOut */
        PushSubscriptionOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Endpoint */
            endpoint: string;
            /** Id */
            id: number;
            /** User Agent */
            user_agent: string | null;
        };
        /** ReadAll */
        ReadAll: {
            /**
             * Marked
             * @description How many notifications this call marked read.
             */
            marked: number;
        };
        /** ReadyOut */
        ReadyOut: {
            /** Checks */
            checks: {
                [key: string]: string;
            };
            /**
             * Status
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        /** RecoveryCodesIn */
        RecoveryCodesIn: {
            /**
             * Code
             * @description A 6-digit code from the authenticator, or a recovery code.
             */
            code: string;
        };
        /** RecoveryCodesOut */
        RecoveryCodesOut: {
            /**
             * Recovery Codes
             * @description Ten one-time codes, shown this once: TaskForge keeps only their hashes.
             */
            recovery_codes: string[];
        };
        /** RecurrenceIn */
        RecurrenceIn: {
            /**
             * Anchor
             * @description due: the next occurrence follows the rule from the due dates; completion: the interval counts from when the occurrence is completed.
             * @default due
             * @enum {string}
             */
            anchor: "due" | "completion";
            /**
             * Rrule
             * @description An RFC 5545 RRULE value: FREQ DAILY, WEEKLY, MONTHLY or YEARLY, with INTERVAL, BYDAY (ordinals such as 2TU, -1FR), BYMONTHDAY (-1: the last day), BYMONTH, BYSETPOS, WKST, and COUNT or UNTIL.
             * @example FREQ=WEEKLY;BYDAY=MO,WE
             * @example FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1
             */
            rrule: string;
        };
        /** RecurrenceOut */
        RecurrenceOut: {
            /**
             * Anchor
             * @enum {string}
             */
            anchor: "due" | "completion";
            /**
             * Occurrence
             * @description This task's number in the series, from 1.
             */
            occurrence: number;
            /**
             * Rrule
             * @description The rule, normalised.
             */
            rrule: string;
            /**
             * Series Id
             * @description The id of the series' first task; every occurrence shares it.
             */
            series_id: number;
            /**
             * Timezone
             * @description The zone the rule repeats in (its creator's when it was made).
             */
            timezone: string;
        };
        /** RegisterIn */
        RegisterIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /**
             * Password
             * @description 8-128 characters.
             */
            password: string;
            /**
             * Timezone
             * @description An IANA time zone name such as Europe/Berlin: where the user's days start.
             * @default UTC
             * @example Europe/Berlin
             * @enum {string}
             */
            timezone: "Africa/Abidjan" | "Africa/Accra" | "Africa/Addis_Ababa" | "Africa/Algiers" | "Africa/Asmara" | "Africa/Asmera" | "Africa/Bamako" | "Africa/Bangui" | "Africa/Banjul" | "Africa/Bissau" | "Africa/Blantyre" | "Africa/Brazzaville" | "Africa/Bujumbura" | "Africa/Cairo" | "Africa/Casablanca" | "Africa/Ceuta" | "Africa/Conakry" | "Africa/Dakar" | "Africa/Dar_es_Salaam" | "Africa/Djibouti" | "Africa/Douala" | "Africa/El_Aaiun" | "Africa/Freetown" | "Africa/Gaborone" | "Africa/Harare" | "Africa/Johannesburg" | "Africa/Juba" | "Africa/Kampala" | "Africa/Khartoum" | "Africa/Kigali" | "Africa/Kinshasa" | "Africa/Lagos" | "Africa/Libreville" | "Africa/Lome" | "Africa/Luanda" | "Africa/Lubumbashi" | "Africa/Lusaka" | "Africa/Malabo" | "Africa/Maputo" | "Africa/Maseru" | "Africa/Mbabane" | "Africa/Mogadishu" | "Africa/Monrovia" | "Africa/Nairobi" | "Africa/Ndjamena" | "Africa/Niamey" | "Africa/Nouakchott" | "Africa/Ouagadougou" | "Africa/Porto-Novo" | "Africa/Sao_Tome" | "Africa/Timbuktu" | "Africa/Tripoli" | "Africa/Tunis" | "Africa/Windhoek" | "America/Adak" | "America/Anchorage" | "America/Anguilla" | "America/Antigua" | "America/Araguaina" | "America/Argentina/Buenos_Aires" | "America/Argentina/Catamarca" | "America/Argentina/ComodRivadavia" | "America/Argentina/Cordoba" | "America/Argentina/Jujuy" | "America/Argentina/La_Rioja" | "America/Argentina/Mendoza" | "America/Argentina/Rio_Gallegos" | "America/Argentina/Salta" | "America/Argentina/San_Juan" | "America/Argentina/San_Luis" | "America/Argentina/Tucuman" | "America/Argentina/Ushuaia" | "America/Aruba" | "America/Asuncion" | "America/Atikokan" | "America/Atka" | "America/Bahia" | "America/Bahia_Banderas" | "America/Barbados" | "America/Belem" | "America/Belize" | "America/Blanc-Sablon" | "America/Boa_Vista" | "America/Bogota" | "America/Boise" | "America/Buenos_Aires" | "America/Cambridge_Bay" | "America/Campo_Grande" | "America/Cancun" | "America/Caracas" | "America/Catamarca" | "America/Cayenne" | "America/Cayman" | "America/Chicago" | "America/Chihuahua" | "America/Ciudad_Juarez" | "America/Coral_Harbour" | "America/Cordoba" | "America/Costa_Rica" | "America/Coyhaique" | "America/Creston" | "America/Cuiaba" | "America/Curacao" | "America/Danmarkshavn" | "America/Dawson" | "America/Dawson_Creek" | "America/Denver" | "America/Detroit" | "America/Dominica" | "America/Edmonton" | "America/Eirunepe" | "America/El_Salvador" | "America/Ensenada" | "America/Fort_Nelson" | "America/Fort_Wayne" | "America/Fortaleza" | "America/Glace_Bay" | "America/Godthab" | "America/Goose_Bay" | "America/Grand_Turk" | "America/Grenada" | "America/Guadeloupe" | "America/Guatemala" | "America/Guayaquil" | "America/Guyana" | "America/Halifax" | "America/Havana" | "America/Hermosillo" | "America/Indiana/Indianapolis" | "America/Indiana/Knox" | "America/Indiana/Marengo" | "America/Indiana/Petersburg" | "America/Indiana/Tell_City" | "America/Indiana/Vevay" | "America/Indiana/Vincennes" | "America/Indiana/Winamac" | "America/Indianapolis" | "America/Inuvik" | "America/Iqaluit" | "America/Jamaica" | "America/Jujuy" | "America/Juneau" | "America/Kentucky/Louisville" | "America/Kentucky/Monticello" | "America/Knox_IN" | "America/Kralendijk" | "America/La_Paz" | "America/Lima" | "America/Los_Angeles" | "America/Louisville" | "America/Lower_Princes" | "America/Maceio" | "America/Managua" | "America/Manaus" | "America/Marigot" | "America/Martinique" | "America/Matamoros" | "America/Mazatlan" | "America/Mendoza" | "America/Menominee" | "America/Merida" | "America/Metlakatla" | "America/Mexico_City" | "America/Miquelon" | "America/Moncton" | "America/Monterrey" | "America/Montevideo" | "America/Montreal" | "America/Montserrat" | "America/Nassau" | "America/New_York" | "America/Nipigon" | "America/Nome" | "America/Noronha" | "America/North_Dakota/Beulah" | "America/North_Dakota/Center" | "America/North_Dakota/New_Salem" | "America/Nuuk" | "America/Ojinaga" | "America/Panama" | "America/Pangnirtung" | "America/Paramaribo" | "America/Phoenix" | "America/Port-au-Prince" | "America/Port_of_Spain" | "America/Porto_Acre" | "America/Porto_Velho" | "America/Puerto_Rico" | "America/Punta_Arenas" | "America/Rainy_River" | "America/Rankin_Inlet" | "America/Recife" | "America/Regina" | "America/Resolute" | "America/Rio_Branco" | "America/Rosario" | "America/Santa_Isabel" | "America/Santarem" | "America/Santiago" | "America/Santo_Domingo" | "America/Sao_Paulo" | "America/Scoresbysund" | "America/Shiprock" | "America/Sitka" | "America/St_Barthelemy" | "America/St_Johns" | "America/St_Kitts" | "America/St_Lucia" | "America/St_Thomas" | "America/St_Vincent" | "America/Swift_Current" | "America/Tegucigalpa" | "America/Thule" | "America/Thunder_Bay" | "America/Tijuana" | "America/Toronto" | "America/Tortola" | "America/Vancouver" | "America/Virgin" | "America/Whitehorse" | "America/Winnipeg" | "America/Yakutat" | "America/Yellowknife" | "Antarctica/Casey" | "Antarctica/Davis" | "Antarctica/DumontDUrville" | "Antarctica/Macquarie" | "Antarctica/Mawson" | "Antarctica/McMurdo" | "Antarctica/Palmer" | "Antarctica/Rothera" | "Antarctica/South_Pole" | "Antarctica/Syowa" | "Antarctica/Troll" | "Antarctica/Vostok" | "Arctic/Longyearbyen" | "Asia/Aden" | "Asia/Almaty" | "Asia/Amman" | "Asia/Anadyr" | "Asia/Aqtau" | "Asia/Aqtobe" | "Asia/Ashgabat" | "Asia/Ashkhabad" | "Asia/Atyrau" | "Asia/Baghdad" | "Asia/Bahrain" | "Asia/Baku" | "Asia/Bangkok" | "Asia/Barnaul" | "Asia/Beirut" | "Asia/Bishkek" | "Asia/Brunei" | "Asia/Calcutta" | "Asia/Chita" | "Asia/Choibalsan" | "Asia/Chongqing" | "Asia/Chungking" | "Asia/Colombo" | "Asia/Dacca" | "Asia/Damascus" | "Asia/Dhaka" | "Asia/Dili" | "Asia/Dubai" | "Asia/Dushanbe" | "Asia/Famagusta" | "Asia/Gaza" | "Asia/Harbin" | "Asia/Hebron" | "Asia/Ho_Chi_Minh" | "Asia/Hong_Kong" | "Asia/Hovd" | "Asia/Irkutsk" | "Asia/Istanbul" | "Asia/Jakarta" | "Asia/Jayapura" | "Asia/Jerusalem" | "Asia/Kabul" | "Asia/Kamchatka" | "Asia/Karachi" | "Asia/Kashgar" | "Asia/Kathmandu" | "Asia/Katmandu" | "Asia/Khandyga" | "Asia/Kolkata" | "Asia/Krasnoyarsk" | "Asia/Kuala_Lumpur" | "Asia/Kuching" | "Asia/Kuwait" | "Asia/Macao" | "Asia/Macau" | "Asia/Magadan" | "Asia/Makassar" | "Asia/Manila" | "Asia/Muscat" | "Asia/Nicosia" | "Asia/Novokuznetsk" | "Asia/Novosibirsk" | "Asia/Omsk" | "Asia/Oral" | "Asia/Phnom_Penh" | "Asia/Pontianak" | "Asia/Pyongyang" | "Asia/Qatar" | "Asia/Qostanay" | "Asia/Qyzylorda" | "Asia/Rangoon" | "Asia/Riyadh" | "Asia/Saigon" | "Asia/Sakhalin" | "Asia/Samarkand" | "Asia/Seoul" | "Asia/Shanghai" | "Asia/Singapore" | "Asia/Srednekolymsk" | "Asia/Taipei" | "Asia/Tashkent" | "Asia/Tbilisi" | "Asia/Tehran" | "Asia/Tel_Aviv" | "Asia/Thimbu" | "Asia/Thimphu" | "Asia/Tokyo" | "Asia/Tomsk" | "Asia/Ujung_Pandang" | "Asia/Ulaanbaatar" | "Asia/Ulan_Bator" | "Asia/Urumqi" | "Asia/Ust-Nera" | "Asia/Vientiane" | "Asia/Vladivostok" | "Asia/Yakutsk" | "Asia/Yangon" | "Asia/Yekaterinburg" | "Asia/Yerevan" | "Atlantic/Azores" | "Atlantic/Bermuda" | "Atlantic/Canary" | "Atlantic/Cape_Verde" | "Atlantic/Faeroe" | "Atlantic/Faroe" | "Atlantic/Jan_Mayen" | "Atlantic/Madeira" | "Atlantic/Reykjavik" | "Atlantic/South_Georgia" | "Atlantic/St_Helena" | "Atlantic/Stanley" | "Australia/ACT" | "Australia/Adelaide" | "Australia/Brisbane" | "Australia/Broken_Hill" | "Australia/Canberra" | "Australia/Currie" | "Australia/Darwin" | "Australia/Eucla" | "Australia/Hobart" | "Australia/LHI" | "Australia/Lindeman" | "Australia/Lord_Howe" | "Australia/Melbourne" | "Australia/NSW" | "Australia/North" | "Australia/Perth" | "Australia/Queensland" | "Australia/South" | "Australia/Sydney" | "Australia/Tasmania" | "Australia/Victoria" | "Australia/West" | "Australia/Yancowinna" | "Brazil/Acre" | "Brazil/DeNoronha" | "Brazil/East" | "Brazil/West" | "CET" | "CST6CDT" | "Canada/Atlantic" | "Canada/Central" | "Canada/Eastern" | "Canada/Mountain" | "Canada/Newfoundland" | "Canada/Pacific" | "Canada/Saskatchewan" | "Canada/Yukon" | "Chile/Continental" | "Chile/EasterIsland" | "Cuba" | "EET" | "EST" | "EST5EDT" | "Egypt" | "Eire" | "Etc/GMT" | "Etc/GMT+0" | "Etc/GMT+1" | "Etc/GMT+10" | "Etc/GMT+11" | "Etc/GMT+12" | "Etc/GMT+2" | "Etc/GMT+3" | "Etc/GMT+4" | "Etc/GMT+5" | "Etc/GMT+6" | "Etc/GMT+7" | "Etc/GMT+8" | "Etc/GMT+9" | "Etc/GMT-0" | "Etc/GMT-1" | "Etc/GMT-10" | "Etc/GMT-11" | "Etc/GMT-12" | "Etc/GMT-13" | "Etc/GMT-14" | "Etc/GMT-2" | "Etc/GMT-3" | "Etc/GMT-4" | "Etc/GMT-5" | "Etc/GMT-6" | "Etc/GMT-7" | "Etc/GMT-8" | "Etc/GMT-9" | "Etc/GMT0" | "Etc/Greenwich" | "Etc/UCT" | "Etc/UTC" | "Etc/Universal" | "Etc/Zulu" | "Europe/Amsterdam" | "Europe/Andorra" | "Europe/Astrakhan" | "Europe/Athens" | "Europe/Belfast" | "Europe/Belgrade" | "Europe/Berlin" | "Europe/Bratislava" | "Europe/Brussels" | "Europe/Bucharest" | "Europe/Budapest" | "Europe/Busingen" | "Europe/Chisinau" | "Europe/Copenhagen" | "Europe/Dublin" | "Europe/Gibraltar" | "Europe/Guernsey" | "Europe/Helsinki" | "Europe/Isle_of_Man" | "Europe/Istanbul" | "Europe/Jersey" | "Europe/Kaliningrad" | "Europe/Kiev" | "Europe/Kirov" | "Europe/Kyiv" | "Europe/Lisbon" | "Europe/Ljubljana" | "Europe/London" | "Europe/Luxembourg" | "Europe/Madrid" | "Europe/Malta" | "Europe/Mariehamn" | "Europe/Minsk" | "Europe/Monaco" | "Europe/Moscow" | "Europe/Nicosia" | "Europe/Oslo" | "Europe/Paris" | "Europe/Podgorica" | "Europe/Prague" | "Europe/Riga" | "Europe/Rome" | "Europe/Samara" | "Europe/San_Marino" | "Europe/Sarajevo" | "Europe/Saratov" | "Europe/Simferopol" | "Europe/Skopje" | "Europe/Sofia" | "Europe/Stockholm" | "Europe/Tallinn" | "Europe/Tirane" | "Europe/Tiraspol" | "Europe/Ulyanovsk" | "Europe/Uzhgorod" | "Europe/Vaduz" | "Europe/Vatican" | "Europe/Vienna" | "Europe/Vilnius" | "Europe/Volgograd" | "Europe/Warsaw" | "Europe/Zagreb" | "Europe/Zaporozhye" | "Europe/Zurich" | "Factory" | "GB" | "GB-Eire" | "GMT" | "GMT+0" | "GMT-0" | "GMT0" | "Greenwich" | "HST" | "Hongkong" | "Iceland" | "Indian/Antananarivo" | "Indian/Chagos" | "Indian/Christmas" | "Indian/Cocos" | "Indian/Comoro" | "Indian/Kerguelen" | "Indian/Mahe" | "Indian/Maldives" | "Indian/Mauritius" | "Indian/Mayotte" | "Indian/Reunion" | "Iran" | "Israel" | "Jamaica" | "Japan" | "Kwajalein" | "Libya" | "MET" | "MST" | "MST7MDT" | "Mexico/BajaNorte" | "Mexico/BajaSur" | "Mexico/General" | "NZ" | "NZ-CHAT" | "Navajo" | "PRC" | "PST8PDT" | "Pacific/Apia" | "Pacific/Auckland" | "Pacific/Bougainville" | "Pacific/Chatham" | "Pacific/Chuuk" | "Pacific/Easter" | "Pacific/Efate" | "Pacific/Enderbury" | "Pacific/Fakaofo" | "Pacific/Fiji" | "Pacific/Funafuti" | "Pacific/Galapagos" | "Pacific/Gambier" | "Pacific/Guadalcanal" | "Pacific/Guam" | "Pacific/Honolulu" | "Pacific/Johnston" | "Pacific/Kanton" | "Pacific/Kiritimati" | "Pacific/Kosrae" | "Pacific/Kwajalein" | "Pacific/Majuro" | "Pacific/Marquesas" | "Pacific/Midway" | "Pacific/Nauru" | "Pacific/Niue" | "Pacific/Norfolk" | "Pacific/Noumea" | "Pacific/Pago_Pago" | "Pacific/Palau" | "Pacific/Pitcairn" | "Pacific/Pohnpei" | "Pacific/Ponape" | "Pacific/Port_Moresby" | "Pacific/Rarotonga" | "Pacific/Saipan" | "Pacific/Samoa" | "Pacific/Tahiti" | "Pacific/Tarawa" | "Pacific/Tongatapu" | "Pacific/Truk" | "Pacific/Wake" | "Pacific/Wallis" | "Pacific/Yap" | "Poland" | "Portugal" | "ROC" | "ROK" | "Singapore" | "Turkey" | "UCT" | "US/Alaska" | "US/Aleutian" | "US/Arizona" | "US/Central" | "US/East-Indiana" | "US/Eastern" | "US/Hawaii" | "US/Indiana-Starke" | "US/Michigan" | "US/Mountain" | "US/Pacific" | "US/Samoa" | "UTC" | "Universal" | "W-SU" | "WET" | "Zulu";
            /**
             * Username
             * @description 3-32 characters of A-Z, a-z, 0-9, _ . -
             */
            username: string;
        };
        /** ReminderAt */
        ReminderAt: {
            /**
             * At
             * Format: date-time
             * @description When to remind (ISO 8601 with an offset).
             */
            at: string;
        };
        /** ReminderBeforeDue */
        ReminderBeforeDue: {
            /**
             * Before Due
             * @description Minutes before the due date (0: at the due time; 4 weeks at most).
             */
            before_due: number;
        };
        /** ReminderOut */
        ReminderOut: {
            /** At */
            at: string | null;
            /** Before Due */
            before_due: number | null;
            /**
             * Fire At
             * @description When it fires; null while the task has no due date.
             */
            fire_at: string | null;
            /** Id */
            id: number;
            /**
             * Late
             * @description Delivered well after its time (no worker was running then).
             */
            late: boolean;
            /**
             * Sent At
             * @description When it was delivered; null until then.
             */
            sent_at: string | null;
        };
        /** ReopenedOut */
        ReopenedOut: {
            /**
             * Next Id
             * @description The next occurrence's id.
             */
            next_id: number;
            /**
             * Outcome
             * @description `next_removed`: the next occurrence its completion had created, untouched since, was deleted (with its subtasks). `left_series`: that occurrence had been changed, completed or commented on, so it stays, and this task left the series (its `recurrence` is now null).
             * @enum {string}
             */
            outcome: "next_removed" | "left_series";
        };
        /** ResetConfirmIn */
        ResetConfirmIn: {
            /**
             * Password
             * @description 8-128 characters.
             */
            password: string;
            /**
             * Token
             * @description The token the email's link holds.
             */
            token: string;
        };
        /** ResetRequestIn */
        ResetRequestIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
        };
        /**
         * Restored
         * @description What came back: a task or a project, told apart by `kind`.
         */
        Restored: components["schemas"]["RestoredTask"] | components["schemas"]["RestoredProject"];
        /** RestoredProject */
        RestoredProject: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "project";
            /** @description The project as GET /api/projects/<id> returns it. */
            project: components["schemas"]["ProjectOut"];
        };
        /** RestoredTask */
        RestoredTask: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "task";
            /** @description The task as GET /api/tasks/<id> returns it. */
            task: components["schemas"]["TaskOut"];
        };
        /** RevokedCount */
        RevokedCount: {
            /**
             * Revoked
             * @description How many sessions were signed out.
             */
            revoked: number;
        };
        /** SectionCreate */
        SectionCreate: {
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name: string;
        };
        /** SectionList */
        SectionList: {
            /**
             * Items
             * @description In the project's order.
             */
            items: components["schemas"]["SectionOut"][];
        };
        /** SectionOut */
        SectionOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /**
             * Position
             * @description The section's order key in its project (POST /api/sections/<id>/move).
             */
            position: string;
            /** Project Id */
            project_id: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** SectionUpdate */
        SectionUpdate: {
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name: string;
        };
        /** SessionList */
        SessionList: {
            /**
             * Items
             * @description Live sessions, most recently used first (at most 100).
             */
            items: components["schemas"]["SessionOut"][];
        };
        /** SessionOut */
        SessionOut: {
            /**
             * Address
             * @description The client address it signed in from.
             */
            address: string;
            /**
             * Created At
             * Format: date-time
             * @description When it signed in.
             */
            created_at: string;
            /**
             * Current
             * @description Whether it is the session of the token making this request.
             */
            current: boolean;
            /**
             * Device
             * @description A short label from the User-Agent, such as "Firefox on Windows".
             */
            device: string;
            /** Id */
            id: number;
            /**
             * Last Used At
             * Format: date-time
             * @description Its last sign-in or token refresh (not every request).
             */
            last_used_at: string;
        };
        /** SharedProject */
        SharedProject: {
            /** Archived */
            archived: boolean;
            /** Color */
            color: string;
            /**
             * Completed
             * @description Completed top-level tasks.
             */
            completed: number;
            /** Description */
            description: string | null;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /**
             * Open
             * @description Open top-level tasks.
             */
            open: number;
            /** Sections */
            sections: components["schemas"]["SectionOut"][];
        };
        /** SharedProjectOut */
        SharedProjectOut: {
            /** Id */
            id: number;
            /**
             * Members
             * @description Who it can be transferred to, by name.
             */
            members: components["schemas"]["UserRef"][];
            /**
             * Members Count
             * @description How many other people use it (directly or through a team).
             */
            members_count: number;
            /** Name */
            name: string;
        };
        /** SpanOut */
        SpanOut: {
            /**
             * End
             * @description Where it ends (exclusive): the text sent, from `start` to `end`, is `text`.
             */
            end: number;
            /**
             * Kind
             * @enum {string}
             */
            kind: "date" | "recurrence" | "tag" | "priority" | "project" | "reminder";
            /**
             * Start
             * @description Where the span starts in the text sent, counted in Unicode code points from 0 (in JavaScript, index `Array.from(text)`, not the string itself).
             */
            start: number;
            /** Text */
            text: string;
            /**
             * Value
             * @description What it set: date, the due date (UTC); recurrence, the RRULE; tag, its name; priority, 1-4; project, its id; reminder, minutes before the due date.
             */
            value: string | number | null;
        };
        /** StatsOut */
        StatsOut: {
            by_priority: components["schemas"]["ByPriority"];
            /** Completed */
            completed: number;
            /**
             * Completed By Day
             * @description Completions on each of the last 14 days in the caller's time zone, oldest first and today last; every day is listed, with 0 when nothing was completed on it.
             */
            completed_by_day: components["schemas"]["CompletedDay"][];
            /**
             * Completed Last 7 Days
             * @description Tasks completed today or on the 6 days before it, in the caller's time zone.
             */
            completed_last_7_days: number;
            /** Completion Rate */
            completion_rate: number;
            /**
             * Due Today
             * @description Tasks due between the last and the next midnight in the caller's time zone.
             */
            due_today: number;
            /**
             * Overdue
             * @description Open tasks whose due date has passed.
             */
            overdue: number;
            /** Pending */
            pending: number;
            /** Total */
            total: number;
        };
        /** SubtaskCounts */
        SubtaskCounts: {
            /** Completed */
            completed: number;
            /** Total */
            total: number;
        };
        /** TagCreate */
        TagCreate: {
            /**
             * Color
             * @description #rrggbb; a neutral grey when left out.
             * @default null
             */
            color: string | null;
            /**
             * Name
             * @description 1-50 characters; trimmed; unique per user ignoring case.
             */
            name: string;
        };
        /** TagList */
        TagList: {
            /** Items */
            items: components["schemas"]["TagOut"][];
        };
        /** TagOut */
        TagOut: {
            /** Color */
            color: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /**
             * Task Count
             * @description How many tasks the caller can see carry the tag.
             */
            task_count: number;
        };
        /**
         * TagUpdate
         * @description Only the fields sent are changed. Renaming a tag renames it on every task that carries it.
         */
        TagUpdate: {
            /**
             * Color
             * @description #rrggbb
             * @example #0d6efd
             */
            color?: string;
            /**
             * Name
             * @description 1-50 characters; trimmed; unique per user ignoring case.
             */
            name?: string;
        };
        /** TaskBatchCreate */
        TaskBatchCreate: {
            /**
             * Tasks
             * @description 1-100 tasks, created all or none.
             */
            tasks: components["schemas"]["TaskCreate"][];
        };
        /** TaskChanged */
        TaskChanged: {
            /**
             * Assignees
             * @description The people the task is given to, in name order.
             */
            assignees: components["schemas"]["UserRef"][];
            /** Completed */
            completed: boolean;
            /** Completed At */
            completed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Due Date */
            due_date: string | null;
            /** Id */
            id: number;
            /** Parent Id */
            parent_id: number | null;
            /**
             * Position
             * @description The manual order key: `sort=position` orders by it.
             */
            position: string;
            /** Priority */
            priority: number;
            /** Project Id */
            project_id: number;
            recurrence: components["schemas"]["RecurrenceOut"] | null;
            /**
             * Reminders
             * @description The caller's own reminders, in the order they fire.
             */
            reminders: components["schemas"]["ReminderOut"][];
            /**
             * @description Only when this change reopened a completed occurrence whose completion had created the next one: what became of it (a series never has two open occurrences). Absent otherwise.
             * @default null
             */
            reopened: components["schemas"]["ReopenedOut"] | null;
            /** Section Id */
            section_id: number | null;
            /** @description The direct subtasks: how many, and how many are completed. */
            subtasks: components["schemas"]["SubtaskCounts"];
            /**
             * Tags
             * @description Tag names, in name order.
             */
            tags: string[];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * User Id
             * @description Who created the task.
             */
            user_id: number;
            /** Version */
            version: number;
        };
        /**
         * TaskCreate
         * @description Either `title` or `text`.
         */
        TaskCreate: {
            /**
             * Assignee Ids
             * @description Up to 20 people to give the task to (user ids; a repeat counts once), each someone who can edit the task's project (editor and up); the list replaces the current one.
             */
            assignee_ids?: number[];
            /**
             * Completed
             * @default false
             */
            completed: boolean;
            /**
             * Description
             * @default null
             */
            description: string | null;
            /**
             * Due Date
             * @default null
             */
            due_date: string | null;
            /**
             * Parent Id
             * @default null
             */
            parent_id: number | null;
            /**
             * Priority
             * @description 1 low, 2 medium, 3 high, 4 urgent.
             * @default 2
             */
            priority: number;
            /**
             * Project Id
             * @description Default: the caller's Inbox (a subtask: its parent's project).
             * @default null
             */
            project_id: number | null;
            /** @default null */
            recurrence: components["schemas"]["RecurrenceIn"] | null;
            /**
             * Reminders
             * @description Up to 10 reminders; sending the list replaces the task's reminders (ones left unchanged keep their state). `before_due` needs a due date and moves with it. Completing the task removes them; the next occurrence of a recurring task gets its own.
             */
            reminders?: (components["schemas"]["ReminderAt"] | components["schemas"]["ReminderBeforeDue"])[];
            /**
             * Section Id
             * @description A section of the project (top-level tasks).
             * @default null
             */
            section_id: number | null;
            /**
             * Tags
             * @description Up to 20 tag names; unknown names become new tags; names that differ only in case are one tag.
             */
            tags?: string[];
            /**
             * Text
             * @description Instead of `title`: the task in plain language (see `POST /api/tasks/parse`). Fields sent beside it win over what it says: `{"text": "buy milk p1", "priority": 3}` is priority 3, titled "buy milk".
             * @example Pay rent every month on the 1st p1 #home remind 1d before
             */
            text?: string;
            /**
             * Title
             * @description 1-200 characters; trimmed. Required without `text`.
             */
            title?: string;
        };
        /**
         * TaskDraft
         * @description The fields `POST /api/tasks` with this `text` would create the task with (the others take their
         *     defaults); sending them as they are, with `title` instead of `text`, creates the same task.
         */
        TaskDraft: {
            /**
             * Due Date
             * @description In UTC. A day without a time is due at 09:00 in the caller's zone; a repetition without a day starts on its first occurrence from now.
             */
            due_date: string | null;
            /**
             * Priority
             * @description 1 low to 4 urgent (p1 is 4, as in Todoist); 2 when not given.
             */
            priority: number;
            /** Project Id */
            project_id: number;
            recurrence: components["schemas"]["DraftRecurrence"] | null;
            /** Reminders */
            reminders: components["schemas"]["DraftReminder"][];
            /** Tags */
            tags: string[];
            /**
             * Title
             * @description The text without what was recognised, its whitespace collapsed (the whole text when nothing else is left); over 200 characters it is refused on creation.
             */
            title: string;
        };
        /** TaskList */
        TaskList: {
            /** Items */
            items: components["schemas"]["TaskOut"][];
        };
        /** TaskOut */
        TaskOut: {
            /**
             * Assignees
             * @description The people the task is given to, in name order.
             */
            assignees: components["schemas"]["UserRef"][];
            /** Completed */
            completed: boolean;
            /** Completed At */
            completed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Due Date */
            due_date: string | null;
            /** Id */
            id: number;
            /** Parent Id */
            parent_id: number | null;
            /**
             * Position
             * @description The manual order key: `sort=position` orders by it.
             */
            position: string;
            /** Priority */
            priority: number;
            /** Project Id */
            project_id: number;
            recurrence: components["schemas"]["RecurrenceOut"] | null;
            /**
             * Reminders
             * @description The caller's own reminders, in the order they fire.
             */
            reminders: components["schemas"]["ReminderOut"][];
            /** Section Id */
            section_id: number | null;
            /** @description The direct subtasks: how many, and how many are completed. */
            subtasks: components["schemas"]["SubtaskCounts"];
            /**
             * Tags
             * @description Tag names, in name order.
             */
            tags: string[];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * User Id
             * @description Who created the task.
             */
            user_id: number;
            /** Version */
            version: number;
        };
        /** TaskPage */
        TaskPage: {
            /** Items */
            items: components["schemas"]["TaskOut"][];
            /**
             * Next Cursor
             * @description Pass as `after` for the next page; null on the last page.
             */
            next_cursor: string | null;
            /**
             * Page
             * @description The page number; null when the page was asked for with `after`.
             */
            page: number | null;
            /** Pages */
            pages: number;
            /** Per Page */
            per_page: number;
            /** Total */
            total: number;
        };
        /**
         * TaskUpdate
         * @description Only the fields sent are changed; `null` clears `description` and `due_date`.
         */
        TaskUpdate: {
            /**
             * Assignee Ids
             * @description Up to 20 people to give the task to (user ids; a repeat counts once), each someone who can edit the task's project (editor and up); the list replaces the current one.
             */
            assignee_ids?: number[];
            /** Completed */
            completed?: boolean;
            /** Description */
            description?: string | null;
            /** Due Date */
            due_date?: string | null;
            /**
             * Parent Id
             * @description `null` makes it a top-level task.
             */
            parent_id?: number | null;
            /**
             * Priority
             * @description 1 low, 2 medium, 3 high, 4 urgent.
             */
            priority?: number;
            /**
             * Project Id
             * @description Move the task, with its subtasks, to another project (top-level tasks).
             */
            project_id?: number;
            recurrence?: components["schemas"]["RecurrenceIn"] | null;
            /**
             * Reminders
             * @description Up to 10 reminders; sending the list replaces the task's reminders (ones left unchanged keep their state). `before_due` needs a due date and moves with it. Completing the task removes them; the next occurrence of a recurring task gets its own.
             */
            reminders?: (components["schemas"]["ReminderAt"] | components["schemas"]["ReminderBeforeDue"])[];
            /**
             * Section Id
             * @description A section of the task's (new) project; `null`: none.
             */
            section_id?: number | null;
            /**
             * Tags
             * @description Up to 20 tag names; unknown names become new tags; names that differ only in case are one tag.
             */
            tags?: string[];
            /**
             * Title
             * @description 1-200 characters; trimmed.
             */
            title?: string;
        };
        /** TeamCreate */
        TeamCreate: {
            /**
             * Description
             * @default null
             */
            description: string | null;
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name: string;
        };
        /** TeamDetail */
        TeamDetail: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Id */
            id: number;
            /** Member Count */
            member_count: number;
            /**
             * Members
             * @description Admins first, then by username.
             */
            members: components["schemas"]["TeamMemberOut"][];
            /** Name */
            name: string;
            /**
             * Role
             * @description The caller's role in the team.
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** TeamGrantIn */
        TeamGrantIn: {
            /**
             * Role
             * @default editor
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin";
            /**
             * Team Id
             * @description A team the caller belongs to.
             */
            team_id: number;
        };
        /** TeamGrantList */
        TeamGrantList: {
            /** Items */
            items: components["schemas"]["TeamGrantOut"][];
        };
        /** TeamGrantOut */
        TeamGrantOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Member Count */
            member_count: number;
            /**
             * Role
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin";
            team: components["schemas"]["TeamRef"];
        };
        /** TeamGrantUpdate */
        TeamGrantUpdate: {
            /**
             * Role
             * @enum {string}
             */
            role: "viewer" | "editor" | "admin";
        };
        /** TeamList */
        TeamList: {
            /**
             * Items
             * @description The caller's teams, by name.
             */
            items: components["schemas"]["TeamOut"][];
        };
        /** TeamMemberAdd */
        TeamMemberAdd: {
            /**
             * Email
             * @default null
             */
            email: string | null;
            /**
             * Role
             * @default member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * Username
             * @default null
             */
            username: string | null;
        };
        /** TeamMemberOut */
        TeamMemberOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Role
             * @enum {string}
             */
            role: "member" | "admin";
            user: components["schemas"]["UserRef"];
        };
        /** TeamMemberUpdate */
        TeamMemberUpdate: {
            /**
             * Role
             * @enum {string}
             */
            role: "member" | "admin";
        };
        /** TeamOut */
        TeamOut: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Id */
            id: number;
            /** Member Count */
            member_count: number;
            /** Name */
            name: string;
            /**
             * Role
             * @description The caller's role in the team.
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** TeamRef */
        TeamRef: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /**
         * TeamUpdate
         * @description Only the fields sent are changed.
         */
        TeamUpdate: {
            /** Description */
            description?: string | null;
            /**
             * Name
             * @description 1-100 characters; trimmed.
             */
            name?: string;
        };
        /** TicketOut */
        TicketOut: {
            /**
             * Expires In
             * @description Seconds it stays valid.
             */
            expires_in: number;
            /**
             * Ticket
             * @description Open the stream with `GET /api/events?ticket=...`; it works once.
             */
            ticket: string;
        };
        /** TokenIn */
        TokenIn: {
            /**
             * Token
             * @description The token the email's link holds.
             */
            token: string;
        };
        /** TokenOut */
        TokenOut: {
            /** Access Token */
            access_token: string;
            /**
             * Expires In
             * @description Seconds until the access token expires.
             */
            expires_in: number;
            /** Refresh Token */
            refresh_token: string;
            /**
             * Token Type
             * @default Bearer
             * @constant
             */
            token_type: "Bearer";
            user: components["schemas"]["UserOut"];
        };
        /** TransferChoice */
        TransferChoice: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "transfer";
            /**
             * Id
             * @description A project the account owns.
             */
            id: number;
            /**
             * To User Id
             * @description Who owns it from now on: someone who may use it now.
             */
            to_user_id: number;
        };
        /** TransferIn */
        TransferIn: {
            /**
             * User Id
             * @description A direct member, who becomes the owner; the owner becomes an admin.
             */
            user_id: number;
        };
        /** TrashItem */
        TrashItem: {
            /**
             * Deleted At
             * Format: date-time
             */
            deleted_at: string;
            /** @description Who deleted it (null when their account is gone). */
            deleted_by: components["schemas"]["UserRef"] | null;
            /**
             * Id
             * @description `task-<id>` or `project-<id>`.
             * @example task-42
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "task" | "project";
            /** Project Id */
            project_id: number;
            /** Project Name */
            project_name: string;
            /**
             * Purge At
             * Format: date-time
             * @description When the worker purges it for good (deleted_at + retention).
             */
            purge_at: string;
            /**
             * Subtask Count
             * @description A task: how many subtasks (all levels) come back with it.
             * @default null
             */
            subtask_count: number | null;
            /**
             * Task Count
             * @description A project: how many tasks come back with it.
             * @default null
             */
            task_count: number | null;
            /**
             * Title
             * @description The task's title or the project's name.
             */
            title: string;
        };
        /** TrashPage */
        TrashPage: {
            /**
             * Items
             * @description Newest deletion first.
             */
            items: components["schemas"]["TrashItem"][];
            /**
             * Next After
             * @description Pass as `after` for the next page; null on the last page.
             */
            next_after: string | null;
        };
        /** TwoFactorChallengeOut */
        TwoFactorChallengeOut: {
            /**
             * Challenge
             * @description Send it with a code to `POST /api/auth/login/two-factor`.
             */
            challenge: string;
            /**
             * Expires In
             * @description Seconds until the challenge expires.
             */
            expires_in: number;
            /**
             * Two Factor Required
             * @default true
             * @constant
             */
            two_factor_required: true;
        };
        /** TwoFactorDisableIn */
        TwoFactorDisableIn: {
            /**
             * Code
             * @description A 6-digit code from the authenticator, or a recovery code.
             */
            code: string;
            /**
             * Password
             * @description The account's password.
             */
            password: string;
        };
        /** TwoFactorEnableIn */
        TwoFactorEnableIn: {
            /**
             * Code
             * @description The 6-digit code the authenticator app shows now.
             * @example 123456
             */
            code: string;
        };
        /**
         * TwoFactorLoginIn
         * @description Exactly one of `code` and `recovery_code`.
         */
        TwoFactorLoginIn: {
            /**
             * Challenge
             * @description The `challenge` of the sign-in's 202 answer.
             */
            challenge: string;
            /**
             * Code
             * @description The 6-digit code the authenticator app shows now.
             * @example 123456
             */
            code?: string;
            /**
             * Recovery Code
             * @description One of the account's recovery codes (case, spaces and dashes do not matter).
             */
            recovery_code?: string;
        } & (unknown | unknown);
        /** TwoFactorSetupIn */
        TwoFactorSetupIn: {
            /**
             * Password
             * @description The account's password.
             */
            password: string;
        };
        /** TwoFactorSetupOut */
        TwoFactorSetupOut: {
            /**
             * Otpauth Uri
             * @description The `otpauth://totp/...` address the QR code holds.
             */
            otpauth_uri: string;
            /**
             * Qr Svg
             * @description The QR code of `otpauth_uri` as an SVG document.
             */
            qr_svg: string;
            /**
             * Secret
             * @description The base32 seed, for typing into an authenticator by hand.
             */
            secret: string;
        };
        /** UnrecognizedOut */
        UnrecognizedOut: {
            /** End */
            end: number;
            /**
             * Kind
             * @constant
             */
            kind: "project";
            /** Reason */
            reason: string;
            /** Start */
            start: number;
            /** Text */
            text: string;
        };
        /** UserOut */
        UserOut: {
            /**
             * Calendar Feed
             * @description Whether a calendar feed URL is active (`POST /api/auth/calendar-token` issues one).
             */
            calendar_feed: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /**
             * Email Verified
             * @description Whether the address is shown to be the account's (no notification email until it is).
             */
            email_verified: boolean;
            /** Id */
            id: number;
            /** Timezone */
            timezone: string;
            /**
             * Two Factor
             * @description Whether sign-in asks for a code from an authenticator app.
             */
            two_factor: boolean;
            /** Username */
            username: string;
        };
        /**
         * UserRef
         * @description A person, as others see them.
         */
        UserRef: {
            /** Id */
            id: number;
            /** Username */
            username: string;
        };
        /**
         * UserUpdate
         * @description Only the fields sent are changed.
         */
        UserUpdate: {
            /**
             * Timezone
             * @description An IANA time zone name such as Europe/Berlin: where the user's days start.
             * @example Europe/Berlin
             * @enum {string}
             */
            timezone?: "Africa/Abidjan" | "Africa/Accra" | "Africa/Addis_Ababa" | "Africa/Algiers" | "Africa/Asmara" | "Africa/Asmera" | "Africa/Bamako" | "Africa/Bangui" | "Africa/Banjul" | "Africa/Bissau" | "Africa/Blantyre" | "Africa/Brazzaville" | "Africa/Bujumbura" | "Africa/Cairo" | "Africa/Casablanca" | "Africa/Ceuta" | "Africa/Conakry" | "Africa/Dakar" | "Africa/Dar_es_Salaam" | "Africa/Djibouti" | "Africa/Douala" | "Africa/El_Aaiun" | "Africa/Freetown" | "Africa/Gaborone" | "Africa/Harare" | "Africa/Johannesburg" | "Africa/Juba" | "Africa/Kampala" | "Africa/Khartoum" | "Africa/Kigali" | "Africa/Kinshasa" | "Africa/Lagos" | "Africa/Libreville" | "Africa/Lome" | "Africa/Luanda" | "Africa/Lubumbashi" | "Africa/Lusaka" | "Africa/Malabo" | "Africa/Maputo" | "Africa/Maseru" | "Africa/Mbabane" | "Africa/Mogadishu" | "Africa/Monrovia" | "Africa/Nairobi" | "Africa/Ndjamena" | "Africa/Niamey" | "Africa/Nouakchott" | "Africa/Ouagadougou" | "Africa/Porto-Novo" | "Africa/Sao_Tome" | "Africa/Timbuktu" | "Africa/Tripoli" | "Africa/Tunis" | "Africa/Windhoek" | "America/Adak" | "America/Anchorage" | "America/Anguilla" | "America/Antigua" | "America/Araguaina" | "America/Argentina/Buenos_Aires" | "America/Argentina/Catamarca" | "America/Argentina/ComodRivadavia" | "America/Argentina/Cordoba" | "America/Argentina/Jujuy" | "America/Argentina/La_Rioja" | "America/Argentina/Mendoza" | "America/Argentina/Rio_Gallegos" | "America/Argentina/Salta" | "America/Argentina/San_Juan" | "America/Argentina/San_Luis" | "America/Argentina/Tucuman" | "America/Argentina/Ushuaia" | "America/Aruba" | "America/Asuncion" | "America/Atikokan" | "America/Atka" | "America/Bahia" | "America/Bahia_Banderas" | "America/Barbados" | "America/Belem" | "America/Belize" | "America/Blanc-Sablon" | "America/Boa_Vista" | "America/Bogota" | "America/Boise" | "America/Buenos_Aires" | "America/Cambridge_Bay" | "America/Campo_Grande" | "America/Cancun" | "America/Caracas" | "America/Catamarca" | "America/Cayenne" | "America/Cayman" | "America/Chicago" | "America/Chihuahua" | "America/Ciudad_Juarez" | "America/Coral_Harbour" | "America/Cordoba" | "America/Costa_Rica" | "America/Coyhaique" | "America/Creston" | "America/Cuiaba" | "America/Curacao" | "America/Danmarkshavn" | "America/Dawson" | "America/Dawson_Creek" | "America/Denver" | "America/Detroit" | "America/Dominica" | "America/Edmonton" | "America/Eirunepe" | "America/El_Salvador" | "America/Ensenada" | "America/Fort_Nelson" | "America/Fort_Wayne" | "America/Fortaleza" | "America/Glace_Bay" | "America/Godthab" | "America/Goose_Bay" | "America/Grand_Turk" | "America/Grenada" | "America/Guadeloupe" | "America/Guatemala" | "America/Guayaquil" | "America/Guyana" | "America/Halifax" | "America/Havana" | "America/Hermosillo" | "America/Indiana/Indianapolis" | "America/Indiana/Knox" | "America/Indiana/Marengo" | "America/Indiana/Petersburg" | "America/Indiana/Tell_City" | "America/Indiana/Vevay" | "America/Indiana/Vincennes" | "America/Indiana/Winamac" | "America/Indianapolis" | "America/Inuvik" | "America/Iqaluit" | "America/Jamaica" | "America/Jujuy" | "America/Juneau" | "America/Kentucky/Louisville" | "America/Kentucky/Monticello" | "America/Knox_IN" | "America/Kralendijk" | "America/La_Paz" | "America/Lima" | "America/Los_Angeles" | "America/Louisville" | "America/Lower_Princes" | "America/Maceio" | "America/Managua" | "America/Manaus" | "America/Marigot" | "America/Martinique" | "America/Matamoros" | "America/Mazatlan" | "America/Mendoza" | "America/Menominee" | "America/Merida" | "America/Metlakatla" | "America/Mexico_City" | "America/Miquelon" | "America/Moncton" | "America/Monterrey" | "America/Montevideo" | "America/Montreal" | "America/Montserrat" | "America/Nassau" | "America/New_York" | "America/Nipigon" | "America/Nome" | "America/Noronha" | "America/North_Dakota/Beulah" | "America/North_Dakota/Center" | "America/North_Dakota/New_Salem" | "America/Nuuk" | "America/Ojinaga" | "America/Panama" | "America/Pangnirtung" | "America/Paramaribo" | "America/Phoenix" | "America/Port-au-Prince" | "America/Port_of_Spain" | "America/Porto_Acre" | "America/Porto_Velho" | "America/Puerto_Rico" | "America/Punta_Arenas" | "America/Rainy_River" | "America/Rankin_Inlet" | "America/Recife" | "America/Regina" | "America/Resolute" | "America/Rio_Branco" | "America/Rosario" | "America/Santa_Isabel" | "America/Santarem" | "America/Santiago" | "America/Santo_Domingo" | "America/Sao_Paulo" | "America/Scoresbysund" | "America/Shiprock" | "America/Sitka" | "America/St_Barthelemy" | "America/St_Johns" | "America/St_Kitts" | "America/St_Lucia" | "America/St_Thomas" | "America/St_Vincent" | "America/Swift_Current" | "America/Tegucigalpa" | "America/Thule" | "America/Thunder_Bay" | "America/Tijuana" | "America/Toronto" | "America/Tortola" | "America/Vancouver" | "America/Virgin" | "America/Whitehorse" | "America/Winnipeg" | "America/Yakutat" | "America/Yellowknife" | "Antarctica/Casey" | "Antarctica/Davis" | "Antarctica/DumontDUrville" | "Antarctica/Macquarie" | "Antarctica/Mawson" | "Antarctica/McMurdo" | "Antarctica/Palmer" | "Antarctica/Rothera" | "Antarctica/South_Pole" | "Antarctica/Syowa" | "Antarctica/Troll" | "Antarctica/Vostok" | "Arctic/Longyearbyen" | "Asia/Aden" | "Asia/Almaty" | "Asia/Amman" | "Asia/Anadyr" | "Asia/Aqtau" | "Asia/Aqtobe" | "Asia/Ashgabat" | "Asia/Ashkhabad" | "Asia/Atyrau" | "Asia/Baghdad" | "Asia/Bahrain" | "Asia/Baku" | "Asia/Bangkok" | "Asia/Barnaul" | "Asia/Beirut" | "Asia/Bishkek" | "Asia/Brunei" | "Asia/Calcutta" | "Asia/Chita" | "Asia/Choibalsan" | "Asia/Chongqing" | "Asia/Chungking" | "Asia/Colombo" | "Asia/Dacca" | "Asia/Damascus" | "Asia/Dhaka" | "Asia/Dili" | "Asia/Dubai" | "Asia/Dushanbe" | "Asia/Famagusta" | "Asia/Gaza" | "Asia/Harbin" | "Asia/Hebron" | "Asia/Ho_Chi_Minh" | "Asia/Hong_Kong" | "Asia/Hovd" | "Asia/Irkutsk" | "Asia/Istanbul" | "Asia/Jakarta" | "Asia/Jayapura" | "Asia/Jerusalem" | "Asia/Kabul" | "Asia/Kamchatka" | "Asia/Karachi" | "Asia/Kashgar" | "Asia/Kathmandu" | "Asia/Katmandu" | "Asia/Khandyga" | "Asia/Kolkata" | "Asia/Krasnoyarsk" | "Asia/Kuala_Lumpur" | "Asia/Kuching" | "Asia/Kuwait" | "Asia/Macao" | "Asia/Macau" | "Asia/Magadan" | "Asia/Makassar" | "Asia/Manila" | "Asia/Muscat" | "Asia/Nicosia" | "Asia/Novokuznetsk" | "Asia/Novosibirsk" | "Asia/Omsk" | "Asia/Oral" | "Asia/Phnom_Penh" | "Asia/Pontianak" | "Asia/Pyongyang" | "Asia/Qatar" | "Asia/Qostanay" | "Asia/Qyzylorda" | "Asia/Rangoon" | "Asia/Riyadh" | "Asia/Saigon" | "Asia/Sakhalin" | "Asia/Samarkand" | "Asia/Seoul" | "Asia/Shanghai" | "Asia/Singapore" | "Asia/Srednekolymsk" | "Asia/Taipei" | "Asia/Tashkent" | "Asia/Tbilisi" | "Asia/Tehran" | "Asia/Tel_Aviv" | "Asia/Thimbu" | "Asia/Thimphu" | "Asia/Tokyo" | "Asia/Tomsk" | "Asia/Ujung_Pandang" | "Asia/Ulaanbaatar" | "Asia/Ulan_Bator" | "Asia/Urumqi" | "Asia/Ust-Nera" | "Asia/Vientiane" | "Asia/Vladivostok" | "Asia/Yakutsk" | "Asia/Yangon" | "Asia/Yekaterinburg" | "Asia/Yerevan" | "Atlantic/Azores" | "Atlantic/Bermuda" | "Atlantic/Canary" | "Atlantic/Cape_Verde" | "Atlantic/Faeroe" | "Atlantic/Faroe" | "Atlantic/Jan_Mayen" | "Atlantic/Madeira" | "Atlantic/Reykjavik" | "Atlantic/South_Georgia" | "Atlantic/St_Helena" | "Atlantic/Stanley" | "Australia/ACT" | "Australia/Adelaide" | "Australia/Brisbane" | "Australia/Broken_Hill" | "Australia/Canberra" | "Australia/Currie" | "Australia/Darwin" | "Australia/Eucla" | "Australia/Hobart" | "Australia/LHI" | "Australia/Lindeman" | "Australia/Lord_Howe" | "Australia/Melbourne" | "Australia/NSW" | "Australia/North" | "Australia/Perth" | "Australia/Queensland" | "Australia/South" | "Australia/Sydney" | "Australia/Tasmania" | "Australia/Victoria" | "Australia/West" | "Australia/Yancowinna" | "Brazil/Acre" | "Brazil/DeNoronha" | "Brazil/East" | "Brazil/West" | "CET" | "CST6CDT" | "Canada/Atlantic" | "Canada/Central" | "Canada/Eastern" | "Canada/Mountain" | "Canada/Newfoundland" | "Canada/Pacific" | "Canada/Saskatchewan" | "Canada/Yukon" | "Chile/Continental" | "Chile/EasterIsland" | "Cuba" | "EET" | "EST" | "EST5EDT" | "Egypt" | "Eire" | "Etc/GMT" | "Etc/GMT+0" | "Etc/GMT+1" | "Etc/GMT+10" | "Etc/GMT+11" | "Etc/GMT+12" | "Etc/GMT+2" | "Etc/GMT+3" | "Etc/GMT+4" | "Etc/GMT+5" | "Etc/GMT+6" | "Etc/GMT+7" | "Etc/GMT+8" | "Etc/GMT+9" | "Etc/GMT-0" | "Etc/GMT-1" | "Etc/GMT-10" | "Etc/GMT-11" | "Etc/GMT-12" | "Etc/GMT-13" | "Etc/GMT-14" | "Etc/GMT-2" | "Etc/GMT-3" | "Etc/GMT-4" | "Etc/GMT-5" | "Etc/GMT-6" | "Etc/GMT-7" | "Etc/GMT-8" | "Etc/GMT-9" | "Etc/GMT0" | "Etc/Greenwich" | "Etc/UCT" | "Etc/UTC" | "Etc/Universal" | "Etc/Zulu" | "Europe/Amsterdam" | "Europe/Andorra" | "Europe/Astrakhan" | "Europe/Athens" | "Europe/Belfast" | "Europe/Belgrade" | "Europe/Berlin" | "Europe/Bratislava" | "Europe/Brussels" | "Europe/Bucharest" | "Europe/Budapest" | "Europe/Busingen" | "Europe/Chisinau" | "Europe/Copenhagen" | "Europe/Dublin" | "Europe/Gibraltar" | "Europe/Guernsey" | "Europe/Helsinki" | "Europe/Isle_of_Man" | "Europe/Istanbul" | "Europe/Jersey" | "Europe/Kaliningrad" | "Europe/Kiev" | "Europe/Kirov" | "Europe/Kyiv" | "Europe/Lisbon" | "Europe/Ljubljana" | "Europe/London" | "Europe/Luxembourg" | "Europe/Madrid" | "Europe/Malta" | "Europe/Mariehamn" | "Europe/Minsk" | "Europe/Monaco" | "Europe/Moscow" | "Europe/Nicosia" | "Europe/Oslo" | "Europe/Paris" | "Europe/Podgorica" | "Europe/Prague" | "Europe/Riga" | "Europe/Rome" | "Europe/Samara" | "Europe/San_Marino" | "Europe/Sarajevo" | "Europe/Saratov" | "Europe/Simferopol" | "Europe/Skopje" | "Europe/Sofia" | "Europe/Stockholm" | "Europe/Tallinn" | "Europe/Tirane" | "Europe/Tiraspol" | "Europe/Ulyanovsk" | "Europe/Uzhgorod" | "Europe/Vaduz" | "Europe/Vatican" | "Europe/Vienna" | "Europe/Vilnius" | "Europe/Volgograd" | "Europe/Warsaw" | "Europe/Zagreb" | "Europe/Zaporozhye" | "Europe/Zurich" | "Factory" | "GB" | "GB-Eire" | "GMT" | "GMT+0" | "GMT-0" | "GMT0" | "Greenwich" | "HST" | "Hongkong" | "Iceland" | "Indian/Antananarivo" | "Indian/Chagos" | "Indian/Christmas" | "Indian/Cocos" | "Indian/Comoro" | "Indian/Kerguelen" | "Indian/Mahe" | "Indian/Maldives" | "Indian/Mauritius" | "Indian/Mayotte" | "Indian/Reunion" | "Iran" | "Israel" | "Jamaica" | "Japan" | "Kwajalein" | "Libya" | "MET" | "MST" | "MST7MDT" | "Mexico/BajaNorte" | "Mexico/BajaSur" | "Mexico/General" | "NZ" | "NZ-CHAT" | "Navajo" | "PRC" | "PST8PDT" | "Pacific/Apia" | "Pacific/Auckland" | "Pacific/Bougainville" | "Pacific/Chatham" | "Pacific/Chuuk" | "Pacific/Easter" | "Pacific/Efate" | "Pacific/Enderbury" | "Pacific/Fakaofo" | "Pacific/Fiji" | "Pacific/Funafuti" | "Pacific/Galapagos" | "Pacific/Gambier" | "Pacific/Guadalcanal" | "Pacific/Guam" | "Pacific/Honolulu" | "Pacific/Johnston" | "Pacific/Kanton" | "Pacific/Kiritimati" | "Pacific/Kosrae" | "Pacific/Kwajalein" | "Pacific/Majuro" | "Pacific/Marquesas" | "Pacific/Midway" | "Pacific/Nauru" | "Pacific/Niue" | "Pacific/Norfolk" | "Pacific/Noumea" | "Pacific/Pago_Pago" | "Pacific/Palau" | "Pacific/Pitcairn" | "Pacific/Pohnpei" | "Pacific/Ponape" | "Pacific/Port_Moresby" | "Pacific/Rarotonga" | "Pacific/Saipan" | "Pacific/Samoa" | "Pacific/Tahiti" | "Pacific/Tarawa" | "Pacific/Tongatapu" | "Pacific/Truk" | "Pacific/Wake" | "Pacific/Wallis" | "Pacific/Yap" | "Poland" | "Portugal" | "ROC" | "ROK" | "Singapore" | "Turkey" | "UCT" | "US/Alaska" | "US/Aleutian" | "US/Arizona" | "US/Central" | "US/East-Indiana" | "US/Eastern" | "US/Hawaii" | "US/Indiana-Starke" | "US/Michigan" | "US/Mountain" | "US/Pacific" | "US/Samoa" | "UTC" | "Universal" | "W-SU" | "WET" | "Zulu";
        };
        /** WebhookCreated */
        WebhookCreated: {
            /** Active */
            active: boolean;
            /**
             * Consecutive Failures
             * @description Failed attempts since the last success.
             */
            consecutive_failures: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Disabled Reason
             * @description Why the server turned it off; null while on.
             */
            disabled_reason: string | null;
            /** Events */
            events: ("task.created" | "task.updated" | "task.completed" | "task.deleted" | "task.restored" | "comment.created" | "comment.updated" | "comment.deleted")[];
            /** Id */
            id: number;
            /** Last Failure At */
            last_failure_at: string | null;
            /** Last Success At */
            last_success_at: string | null;
            /**
             * Project Id
             * @description Its project; null: personal (every project you own).
             */
            project_id: number | null;
            /**
             * Secret
             * @description The signing secret (`whsec_` + base64), shown only now: verify each delivery's `webhook-signature` with it (Standard Webhooks).
             */
            secret: string;
            /** Url */
            url: string;
        };
        /** WebhookIn */
        WebhookIn: {
            /**
             * Events
             * @description The events to send (a repeated one counts once).
             */
            events: ("task.created" | "task.updated" | "task.completed" | "task.deleted" | "task.restored" | "comment.created" | "comment.updated" | "comment.deleted")[];
            /**
             * Url
             * @description The http(s) URL to POST events to; no user name or password. It must resolve to public addresses only (checked now and at every delivery) unless the server allows private ones.
             */
            url: string;
        };
        /** WebhookList */
        WebhookList: {
            /**
             * Items
             * @description Oldest first.
             */
            items: components["schemas"]["WebhookOut"][];
        };
        /** WebhookOut */
        WebhookOut: {
            /** Active */
            active: boolean;
            /**
             * Consecutive Failures
             * @description Failed attempts since the last success.
             */
            consecutive_failures: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Disabled Reason
             * @description Why the server turned it off; null while on.
             */
            disabled_reason: string | null;
            /** Events */
            events: ("task.created" | "task.updated" | "task.completed" | "task.deleted" | "task.restored" | "comment.created" | "comment.updated" | "comment.deleted")[];
            /** Id */
            id: number;
            /** Last Failure At */
            last_failure_at: string | null;
            /** Last Success At */
            last_success_at: string | null;
            /**
             * Project Id
             * @description Its project; null: personal (every project you own).
             */
            project_id: number | null;
            /** Url */
            url: string;
        };
        /**
         * WebhookUpdate
         * @description Only the fields sent change.
         */
        WebhookUpdate: {
            /**
             * Active
             * @description false: pause it; true: turn it on again (after it was disabled for failing too).
             * @default null
             */
            active: boolean | null;
            /**
             * Events
             * @default null
             */
            events: ("task.created" | "task.updated" | "task.completed" | "task.deleted" | "task.restored" | "comment.created" | "comment.updated" | "comment.deleted")[] | null;
            /**
             * Url
             * @default null
             */
            url: string | null;
        };
        /**
         * MoveIn
         * @description Exactly one of the two.
         */
        taskforge__projects__schemas__MoveIn: {
            /**
             * After Id
             * @description Place the project right after this one.
             * @default null
             */
            after_id: number | null;
            /**
             * Before Id
             * @description Place the project right before this one.
             * @default null
             */
            before_id: number | null;
        };
        /**
         * MoveIn
         * @description Exactly one of the two.
         */
        taskforge__tasks__schemas__MoveIn: {
            /**
             * After Id
             * @description Place the task right after this task.
             * @default null
             */
            after_id: number | null;
            /**
             * Before Id
             * @description Place the task right before this task.
             * @default null
             */
            before_id: number | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    audit_audit_log: {
        parameters: {
            query?: {
                per_page?: number;
                /** @description `asc`: oldest first (the default); `desc`: newest first. */
                order?: "asc" | "desc";
                /** @description Keyset pagination: the `next_after` of the previous page, with the same `order`. */
                after?: number;
                action?: "create" | "update" | "complete" | "delete" | "move" | "restore" | "comment" | "comment_edit" | "comment_delete";
                /** @description Events at or after this instant. */
                since?: string;
                /** @description Events before this instant. */
                until?: string;
                /** @description Only the events of this task (deleted ones too). */
                task_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_rotate_calendar_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new feed address. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarTokenOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_revoke_calendar_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed is off. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_email_request_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailChangeIn"];
            };
        };
        responses: {
            /** @description The confirmation link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_email_confirm_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenIn"];
            };
        };
        responses: {
            /** @description The address is changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_email_resend_verification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_email_verify_email: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenIn"];
            };
        };
        responses: {
            /** @description The address is verified. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginIn"];
            };
        };
        responses: {
            /** @description New tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description The password is right; a code is required next. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorChallengeOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    twofactor_login_code: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorLoginIn"];
            };
        };
        responses: {
            /** @description New tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutIn"];
            };
        };
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_deletion_delete_account: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountDeletionIn"];
            };
        };
        responses: {
            /** @description The account is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_update_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The user, changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_deletion_deletion_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionPreview"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notification_settings_get_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each kind's channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notification_settings_update_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSettingsUpdate"];
            };
        };
        responses: {
            /** @description Each kind's channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sessions_change_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeIn"];
            };
        };
        responses: {
            /** @description Changed; how many other sessions were signed out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedCount"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_email_request_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetRequestIn"];
            };
        };
        responses: {
            /** @description Accepted (whatever the address). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    account_email_confirm_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetConfirmIn"];
            };
        };
        responses: {
            /** @description The password is changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description New tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterIn"];
            };
        };
        responses: {
            /** @description The account and its first tokens. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sessions_list_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Most recently used first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sessions_revoke_other_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many sessions were signed out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedCount"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sessions_revoke_session: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    apitokens_list_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; never the tokens themselves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    apitokens_create_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenCreate"];
            };
        };
        responses: {
            /** @description The token, shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    apitokens_revoke_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    twofactor_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorDisableIn"];
            };
        };
        responses: {
            /** @description Sign-in asks for the password only. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    twofactor_enable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorEnableIn"];
            };
        };
        responses: {
            /** @description Ten new recovery codes, shown this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    twofactor_regenerate_recovery_codes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryCodesIn"];
            };
        };
        responses: {
            /** @description Ten new recovery codes, shown this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    twofactor_setup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorSetupIn"];
            };
        };
        responses: {
            /** @description The new secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetupOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_calendar_feed: {
        parameters: {
            query: {
                /** @description The secret from `POST /api/auth/calendar-token`. */
                token: string;
                /** @description `events`: dated open tasks as VEVENTs (what Google Calendar, Apple Calendar and Outlook show). `todos`: tasks as VTODOs (for apps that read tasks, such as Thunderbird); the default, so addresses issued before `kind` existed keep their meaning. */
                kind?: "events" | "todos";
                /** @description One project the feed's owner may see (404 otherwise, as a missing id); without it, every project but the archived ones. */
                project_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changes_list_changes: {
        parameters: {
            query?: {
                /** @description The `cursor` of the previous answer: the changes after it. Left out: no changes, and the current cursor (take it when you load the tasks, then follow from there). An opaque string: how far each of the caller's projects' changes were read. Pass it back as it came. */
                since?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes and the cursor to ask from next. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    comments_get_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                comment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment. */
            200: {
                headers: {
                    /** @description The comment's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    comments_delete_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                comment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    comments_edit_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                comment_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentIn"];
            };
        };
        responses: {
            /** @description The changed comment. */
            200: {
                headers: {
                    /** @description The comment's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    email_confirm_page: {
        parameters: {
            query: {
                /** @description The token the email's link holds. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page with a button that unsubscribes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    email_unsubscribe: {
        parameters: {
            query: {
                /** @description The token the email's link holds. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page saying it is done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    events_stream: {
        parameters: {
            query?: {
                /** @description A ticket from `POST /api/events/ticket`, for EventSource (which cannot send an Authorization header). Without it, the request must carry a Bearer access token. */
                ticket?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data: string;
                        /** @enum {unknown} */
                        event: "ready" | "change" | "reset" | "expired";
                        /** @description The feed's cursor, on the last event of each batch. */
                        id?: string;
                        retry?: number;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    events_issue_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_export: {
        parameters: {
            query?: {
                /** @description One project, with its sections and tasks; without it, every project the caller may see (archived ones too). */
                project_id?: number;
                /** @description json: TaskForge's own format, which `POST /api/import` reads back; csv: one row per task, for spreadsheets. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, as a download. */
            200: {
                headers: {
                    /** @description A download, named like taskforge-export-2026-11-22.json (or .csv). */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportDocument"];
                    "text/csv": string;
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_import_tasks: {
        parameters: {
            query?: {
                /** @description The project every task goes into (one the caller may add to), each in the section of its section's name there, if any. Without it, the document's projects are created anew. */
                project_id?: number;
                /** @description true: check everything and report what would be created; change nothing. */
                dry_run?: boolean;
            };
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportDocument"];
            };
        };
        responses: {
            /** @description Dry run: what would be created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Imported. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_list_notifications: {
        parameters: {
            query?: {
                /** @description true: only unread ones; false: only read ones. */
                unread?: boolean;
                per_page?: number;
                /** @description Keyset pagination: the `next_after` of the previous page. */
                after?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications and the unread count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_read_all: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAll"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_update_notification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationUpdate"];
            };
        };
        responses: {
            /** @description The notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projects_list_projects: {
        parameters: {
            query?: {
                /** @description true: only archived; false: only active. */
                archived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projects_create_project: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description The new project. */
            201: {
                headers: {
                    /** @description The project's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    /** @description The project's URL. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projects_get_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    /** @description The project's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projects_delete_project: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projects_update_project: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The changed project. */
            200: {
                headers: {
                    /** @description The project's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    audit_project_activity: {
        parameters: {
            query?: {
                per_page?: number;
                /** @description `asc`: oldest first (the default); `desc`: newest first. */
                order?: "asc" | "desc";
                /** @description Keyset pagination: the `next_after` of the previous page, with the same `order`. */
                after?: number;
                action?: "create" | "update" | "complete" | "delete" | "move" | "restore" | "comment" | "comment_edit" | "comment_delete";
                /** @description Events at or after this instant. */
                since?: string;
                /** @description Events before this instant. */
                until?: string;
                /** @description Only the events of this task (deleted ones too). */
                task_id?: number;
            };
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_list_links: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_create_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link, with its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkCreated"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_revoke_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
                link_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_list_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_add_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberAdd"];
            };
        };
        responses: {
            /** @description The new member. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_remove_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_update_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projects_move_project: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["taskforge__projects__schemas__MoveIn"];
            };
        };
        responses: {
            /** @description The moved project. */
            200: {
                headers: {
                    /** @description The project's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_list_people: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    project_sections_list_sections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sections, in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    project_sections_create_section: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionCreate"];
            };
        };
        responses: {
            /** @description The new section. */
            201: {
                headers: {
                    /** @description The section's strong entity tag, for If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_list_team_grants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGrantList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_share_with_team: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamGrantIn"];
            };
        };
        responses: {
            /** @description The grant. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGrantOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_remove_team_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
                team_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_update_team_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
                team_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamGrantUpdate"];
            };
        };
        responses: {
            /** @description The grant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGrantOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferIn"];
            };
        };
        responses: {
            /** @description The new owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_list_project_webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_create_project_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookIn"];
            };
        };
        responses: {
            /** @description Added; its secret is shown only now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    push_get_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, base64url. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushKey"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    push_list_subscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    push_subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushSubscriptionIn"];
            };
        };
        responses: {
            /** @description Subscribed already; updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionOut"];
                };
            };
            /** @description Subscribed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    push_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscription_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed; what was on its way to it is dropped. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sections_delete_section: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sections_rename_section: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionUpdate"];
            };
        };
        responses: {
            /** @description The section. */
            200: {
                headers: {
                    /** @description The section's strong entity tag, for If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sections_move_section: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                section_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["taskforge__projects__schemas__MoveIn"];
            };
        };
        responses: {
            /** @description The moved section. */
            200: {
                headers: {
                    /** @description The section's strong entity tag, for If-Match. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shared_get_shared_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project and its sections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedProject"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shared_list_shared_tasks: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                completed?: boolean;
                /** @description One or several priorities. */
                priority?: number[];
                /** @description Case-insensitive substring of the title or description. */
                search?: string;
                due_before?: string;
                due_after?: string;
                /** @description Only tasks carrying every one of these tags (names). */
                tag?: string[];
                /** @description Make this a subtask of one of the caller's tasks (3 levels at most). */
                parent_id?: number;
                /** @description true: tasks at every level. */
                include_subtasks?: boolean;
                /** @description Only these projects (repeatable). Without it: every project the caller may see, archived ones left out. */
                project_id?: number[];
                /** @description A section of the task's project. */
                section_id?: number;
                /** @description `me`: tasks assigned to the caller; a user id: to that person; `none`: to nobody. */
                assignee?: string;
                /** @description true: open tasks past their due date; false: the rest. */
                overdue?: boolean;
                sort?: "created_at" | "updated_at" | "due_date" | "priority" | "title" | "position";
                order?: "asc" | "desc";
                /** @description Keyset pagination: the `next_cursor` of the previous page (same sort and order); every page then costs the same however deep. Not combined with `page`. */
                after?: string;
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stats_get_stats: {
        parameters: {
            query?: {
                /** @description One project's; without it, every project the caller may see but archived ones. */
                project_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tags_list_tags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tags by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tags_create_tag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCreate"];
            };
        };
        responses: {
            /** @description The new tag. */
            201: {
                headers: {
                    /** @description The tag's URL. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tags_delete_tag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tags_update_tag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagUpdate"];
            };
        };
        responses: {
            /** @description The changed tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_list_tasks: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                completed?: boolean;
                /** @description One or several priorities. */
                priority?: number[];
                /** @description Case-insensitive substring of the title or description. */
                search?: string;
                due_before?: string;
                due_after?: string;
                /** @description Only tasks carrying every one of these tags (names). */
                tag?: string[];
                /** @description Make this a subtask of one of the caller's tasks (3 levels at most). */
                parent_id?: number;
                /** @description true: tasks at every level. */
                include_subtasks?: boolean;
                /** @description Only these projects (repeatable). Without it: every project the caller may see, archived ones left out. */
                project_id?: number[];
                /** @description A section of the task's project. */
                section_id?: number;
                /** @description `me`: tasks assigned to the caller; a user id: to that person; `none`: to nobody. */
                assignee?: string;
                /** @description true: open tasks past their due date; false: the rest. */
                overdue?: boolean;
                sort?: "created_at" | "updated_at" | "due_date" | "priority" | "title" | "position";
                order?: "asc" | "desc";
                /** @description Keyset pagination: the `next_cursor` of the previous page (same sort and order); every page then costs the same however deep. Not combined with `page`. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_create_task: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The new task. */
            201: {
                headers: {
                    /** @description The task's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    /** @description The task's URL. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_create_tasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBatchCreate"];
            };
        };
        responses: {
            /** @description The new tasks, in the order sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quickadd_parse_task: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParseIn"];
            };
        };
        responses: {
            /** @description The task it would create, and what was recognised where. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParseOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_get_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    /** @description The task's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_put_task: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The changed task. */
            200: {
                headers: {
                    /** @description The task's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskChanged"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_delete_task: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_patch_task: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The changed task. */
            200: {
                headers: {
                    /** @description The task's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskChanged"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    comments_list_comments: {
        parameters: {
            query?: {
                per_page?: number;
                /** @description Keyset pagination: the `next_after` of the previous page. */
                after?: number;
            };
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    comments_add_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentIn"];
            };
        };
        responses: {
            /** @description The new comment. */
            201: {
                headers: {
                    /** @description The comment's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    /** @description The comment's URL. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    audit_task_history: {
        parameters: {
            query?: {
                per_page?: number;
                /** @description `asc`: oldest first (the default); `desc`: newest first. */
                order?: "asc" | "desc";
                /** @description Keyset pagination: the `next_after` of the previous page, with the same `order`. */
                after?: number;
                action?: "create" | "update" | "complete" | "delete" | "move" | "restore" | "comment" | "comment_edit" | "comment_delete";
                /** @description Events at or after this instant. */
                since?: string;
                /** @description Events before this instant. */
                until?: string;
            };
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_move_task: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["taskforge__tasks__schemas__MoveIn"];
            };
        };
        responses: {
            /** @description The moved task. */
            200: {
                headers: {
                    /** @description The task's strong entity tag; send it back in If-Match to avoid overwriting newer changes. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_list_occurrences: {
        parameters: {
            query?: {
                /** @description From this instant (default: now). */
                from?: string;
                /** @description Up to this instant, at most 10 years after `from` (default: a year). */
                to?: string;
                limit?: number;
            };
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Upcoming due dates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Occurrences"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_list_subtasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subtasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_list_teams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_create_team: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamCreate"];
            };
        };
        responses: {
            /** @description The new team. */
            201: {
                headers: {
                    /** @description The team's URL. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_get_team: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetail"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_delete_team: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_update_team: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last seen; the request fails with 412 when the resource has changed since. */
                "If-Match"?: string;
            };
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamUpdate"];
            };
        };
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_add_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMemberAdd"];
            };
        };
        responses: {
            /** @description The new member. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_remove_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_update_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMemberUpdate"];
            };
        };
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trash_list_trash: {
        parameters: {
            query?: {
                per_page?: number;
                /** @description Keyset pagination: the `next_after` of the previous page. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the trash. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrashPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trash_purge_all: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Purged. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trash_purge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Purged. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    trash_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What came back. */
            200: {
                headers: {
                    /** @description Its strong entity tag. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Restored"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_list_personal_webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_create_personal_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookIn"];
            };
        };
        responses: {
            /** @description Added; its secret is shown only now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_get_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook (never its secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookOut"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_delete_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its delivery log and what was queued. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_update_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_list_deliveries: {
        parameters: {
            query?: {
                per_page?: number;
                /** @description Keyset pagination: the `next_after` of the previous page. */
                after?: number;
            };
            header?: never;
            path: {
                webhook_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description URI Too Long: the HTTP server refuses the request line before the app. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_redeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                webhook_id: number;
                delivery_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhooks_test_webhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique value (a UUID): a retry with the same key and the same request is answered with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The same key with another request: 422; while the first is still being answered: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                webhook_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryOut"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description The Bearer challenge (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description Requests allowed in the window of the limit that refused this one. */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in that window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until that window ends. */
                    "RateLimit-Reset"?: string;
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthOut"];
                };
            };
        };
    };
    health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyOut"];
                };
            };
            /** @description The database is unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyOut"];
                };
            };
        };
    };
}
