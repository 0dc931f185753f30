"""TaskForge: a self-hosted task manager. `create_app` builds the Flask application."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from flask import Flask

from taskforge.api.operations import IdConverter, ShareTokenConverter, TrashItemConverter
from taskforge.auth.bearer import register_bearer
from taskforge.auth.cli import register_auth_commands
from taskforge.auth.passwords import Passwords
from taskforge.auth.tokens import register_jwt_callbacks
from taskforge.cache.app import register_cache
from taskforge.config import Settings
from taskforge.db import configure_postgresql, configure_sqlite, use_password_file
from taskforge.errors import register_error_handlers
from taskforge.events.hub import register_events
from taskforge.extensions import db, jwt, migrate
from taskforge.http import register_request_hooks
from taskforge.logs import register_logging
from taskforge.metrics import register_metrics
from taskforge.ratelimit import register_rate_limits
from taskforge.unit_of_work import register_unit_of_work
from taskforge.worker.cli import register_worker_commands


def create_app(settings: Settings | None = None, *, password_hasher: PasswordHasher | None = None) -> Flask:
    """Build the application from `settings` (default: the environment)."""
    settings = settings or Settings.from_env()
    app = Flask(__name__, instance_path=str(settings.instance_path))
    app.url_map.converters["id"] = IdConverter
    app.url_map.converters["share"] = ShareTokenConverter
    app.url_map.converters["trash"] = TrashItemConverter
    app.url_map.strict_slashes = False
    configure(app, settings)
    register_logging(app, settings)
    register_extensions(app, settings, password_hasher)
    register_unit_of_work(app)
    register_cache(app, settings)
    register_events(app, settings)
    register_request_hooks(app, settings)  # first: 429s and every log line need the request id
    register_rate_limits(app, settings)
    register_error_handlers(app)
    register_blueprints(app)
    register_metrics(app)
    register_auth_commands(app)
    register_worker_commands(app)
    return app


def configure(app: Flask, settings: Settings) -> None:
    app.config.update(
        TASKFORGE=settings,
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        MAX_IMPORT_BYTES=settings.max_import_bytes,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        SQLALCHEMY_ENGINE_OPTIONS=engine_options(settings),
        JWT_SECRET_KEY=settings.jwt_secret_key,
        JWT_ALGORITHM="HS256",
        JWT_DECODE_ALGORITHMS=["HS256"],
        JWT_TOKEN_LOCATION=["headers"],
        JWT_ENCODE_ISSUER=settings.jwt_issuer,
        JWT_DECODE_ISSUER=settings.jwt_issuer,
        JWT_ENCODE_AUDIENCE=settings.jwt_audience,
        JWT_DECODE_AUDIENCE=settings.jwt_audience,
        JWT_ACCESS_TOKEN_EXPIRES=timedelta(minutes=settings.access_token_minutes),
        JWT_REFRESH_TOKEN_EXPIRES=timedelta(days=settings.refresh_token_days),
        JWT_ERROR_MESSAGE_KEY="detail",
        JWT_COOKIE_CSRF_PROTECT=False,
    )


def engine_options(settings: Settings) -> dict[str, Any]:
    """Pool settings: verified connections, bounded waits, a statement timeout on PostgreSQL."""
    if settings.database_url.startswith("sqlite"):
        return {"connect_args": {"timeout": 15}}
    return {
        "pool_pre_ping": True,
        "pool_size": settings.db_pool_size,
        "max_overflow": 2,
        "pool_timeout": settings.db_pool_timeout_s,
        "pool_recycle": 1800,
        "connect_args": {
            "connect_timeout": 3,
            "options": f"-c statement_timeout={settings.db_statement_timeout_ms}",
            "application_name": "taskforge",
        },
    }


def register_extensions(app: Flask, settings: Settings, password_hasher: PasswordHasher | None) -> None:
    db.init_app(app)
    with app.app_context():
        configure_sqlite(db.engine)
        configure_postgresql(db.engine)
        if settings.database_password_file is not None:
            for engine in db.engines.values():  # the web app, `flask worker` and `flask db upgrade` alike
                use_password_file(engine, settings.database_password_file)
    migrate.init_app(app, db, directory=str(_migrations_dir()))
    jwt.init_app(app)
    register_jwt_callbacks(app)
    register_bearer(app)
    app.extensions["taskforge_passwords"] = Passwords(password_hasher)


def register_blueprints(app: Flask) -> None:
    from taskforge.account_deletion.routes import bp as account_deletion_bp
    from taskforge.account_email.routes import bp as account_email_bp
    from taskforge.api.routes import bp as docs_bp
    from taskforge.apitokens.routes import bp as apitokens_bp
    from taskforge.audit.routes import bp as audit_bp
    from taskforge.auth.routes import bp as auth_bp
    from taskforge.changes.routes import bp as changes_bp
    from taskforge.comments.routes import bp as comments_bp
    from taskforge.events.routes import bp as events_bp
    from taskforge.export.routes import bp as export_bp
    from taskforge.health.routes import bp as health_bp
    from taskforge.mail.routes import bp as email_bp
    from taskforge.notifications.routes import bp as notifications_bp
    from taskforge.notifications.routes import settings_bp as notification_settings_bp
    from taskforge.projects.routes import bp as projects_bp
    from taskforge.projects.sharing_routes import bp as sharing_bp
    from taskforge.push.routes import bp as push_bp
    from taskforge.quickadd.routes import bp as quickadd_bp
    from taskforge.sections.routes import bp as sections_bp
    from taskforge.sections.routes import projects_bp as project_sections_bp
    from taskforge.sessions.routes import bp as sessions_bp
    from taskforge.shared.routes import bp as shared_bp
    from taskforge.stats.routes import bp as stats_bp
    from taskforge.tags.routes import bp as tags_bp
    from taskforge.tasks.routes import bp as tasks_bp
    from taskforge.teams.routes import bp as teams_bp
    from taskforge.trash.routes import bp as trash_bp
    from taskforge.twofactor.routes import bp as twofactor_bp
    from taskforge.web.routes import bp as web_bp
    from taskforge.webhooks.routes import bp as webhooks_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(docs_bp, url_prefix="/api")
    app.register_blueprint(auth_bp, url_prefix="/api/auth")
    app.register_blueprint(account_email_bp, url_prefix="/api/auth")
    app.register_blueprint(sessions_bp, url_prefix="/api/auth")
    app.register_blueprint(apitokens_bp, url_prefix="/api/auth/tokens")
    app.register_blueprint(tasks_bp, url_prefix="/api/tasks")
    app.register_blueprint(quickadd_bp, url_prefix="/api/tasks")  # POST /api/tasks/parse
    app.register_blueprint(projects_bp, url_prefix="/api/projects")
    app.register_blueprint(sharing_bp, url_prefix="/api/projects")
    app.register_blueprint(project_sections_bp, url_prefix="/api/projects")
    app.register_blueprint(sections_bp, url_prefix="/api/sections")
    app.register_blueprint(teams_bp, url_prefix="/api/teams")
    app.register_blueprint(shared_bp, url_prefix="/api/shared")
    app.register_blueprint(stats_bp, url_prefix="/api/stats")
    app.register_blueprint(tags_bp, url_prefix="/api/tags")
    app.register_blueprint(comments_bp, url_prefix="/api")
    app.register_blueprint(audit_bp, url_prefix="/api")
    app.register_blueprint(export_bp, url_prefix="/api")
    app.register_blueprint(notifications_bp, url_prefix="/api/notifications")
    app.register_blueprint(notification_settings_bp, url_prefix="/api/auth/me")
    app.register_blueprint(account_deletion_bp, url_prefix="/api/auth/me")  # DELETE /api/auth/me
    app.register_blueprint(push_bp, url_prefix="/api/push")
    app.register_blueprint(email_bp, url_prefix="/api/email")
    app.register_blueprint(changes_bp, url_prefix="/api/changes")
    app.register_blueprint(events_bp, url_prefix="/api")
    app.register_blueprint(trash_bp, url_prefix="/api/trash")
    app.register_blueprint(twofactor_bp, url_prefix="/api/auth")
    app.register_blueprint(webhooks_bp, url_prefix="/api")
    app.register_blueprint(web_bp)  # last: the SPA answers the paths nothing above claims


def _migrations_dir() -> Any:
    from pathlib import Path

    return Path(__file__).resolve().parent.parent / "migrations"
