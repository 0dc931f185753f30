"""The single-page app: Flask serves the SPA built into frontend/dist, so one process is the whole product."""
