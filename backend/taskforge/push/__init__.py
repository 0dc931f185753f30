"""Web Push (RFC 8030, VAPID RFC 8292): browsers subscribe, the worker delivers notifications to them."""
