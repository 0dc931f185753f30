# Values are generated here and never written in code. They do live in the Terraform state,
# which is why the state bucket (bootstrap/) is KMS-encrypted and private.

resource "random_password" "secret_key" {
  length  = 64
  special = false
}

resource "random_password" "jwt_secret_key" {
  length  = 64
  special = false
}

# The Web Push key (VAPID, RFC 8292): an ECDSA key on P-256, the only curve VAPID uses. Browsers
# subscribe with its public half, so replacing it ends every push subscription: keep it for the
# life of the environment. Its one destination is the app secret below (PKCS #8 PEM, which the
# backend accepts as it is); no output or other resource reads it.
resource "tls_private_key" "vapid" {
  algorithm   = "ECDSA"
  ecdsa_curve = "P256"
}

# taskforge/<env>/app: the Flask and JWT signing keys and the Web Push private key, the secrets the
# API, the events server, the worker and the migrations read from their environment. Where the
# database and Redis live is not secret and travels in the deploy values map (kubernetes.tf), as do
# PUBLIC_URL and VAPID_SUBJECT; the database credentials are in the RDS-managed master secret
# (output db_master_user_secret_arn).
module "app_secret" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "~> 1.0"

  name                    = local.app_secret_name
  description             = "TaskForge ${var.environment} application keys: SECRET_KEY, JWT_SECRET_KEY (signing), VAPID_PRIVATE_KEY (Web Push)"
  kms_key_id              = aws_kms_key.this.arn
  recovery_window_in_days = 7
  block_public_policy     = true

  secret_string = jsonencode({
    SECRET_KEY        = random_password.secret_key.result
    JWT_SECRET_KEY    = random_password.jwt_secret_key.result
    VAPID_PRIVATE_KEY = tls_private_key.vapid.private_key_pem_pkcs8
  })

  tags = local.tags
}

# taskforge/<env>/redis: the AUTH token only; the manifests build rediss://:<token>@<REDIS_HOST>:6379
# from it and the deploy values map.
module "redis_secret" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "~> 1.0"

  name                    = local.redis_secret_name
  description             = "TaskForge ${var.environment} ElastiCache Redis AUTH token: auth_token"
  kms_key_id              = aws_kms_key.this.arn
  recovery_window_in_days = 7
  block_public_policy     = true

  secret_string = jsonencode({
    auth_token = random_password.redis_auth_token.result
  })

  tags = local.tags
}
