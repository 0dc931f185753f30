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

# taskforge/<env>/app: the Flask and JWT signing keys only. Where the database and Redis live is not
# secret and travels in the deploy values map (kubernetes.tf); the database credentials are in the
# RDS-managed master secret (output db_master_user_secret_arn).
module "app_secret" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "~> 1.0"

  name                    = local.app_secret_name
  description             = "TaskForge ${var.environment} application signing keys: SECRET_KEY, JWT_SECRET_KEY"
  kms_key_id              = aws_kms_key.this.arn
  recovery_window_in_days = 7
  block_public_policy     = true

  secret_string = jsonencode({
    SECRET_KEY     = random_password.secret_key.result
    JWT_SECRET_KEY = random_password.jwt_secret_key.result
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
