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

# taskforge/<env>/app: the Flask and JWT signing keys, plus where the database lives
# (its credentials are in the RDS-managed master secret, output db_master_user_secret_arn).
module "app_secret" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "~> 1.0"

  name                    = "${local.secret_prefix}/app"
  description             = "TaskForge ${var.environment} application secrets (SECRET_KEY, JWT_SECRET_KEY) and database location"
  kms_key_id              = aws_kms_key.this.arn
  recovery_window_in_days = 7
  block_public_policy     = true

  secret_string = jsonencode({
    SECRET_KEY     = random_password.secret_key.result
    JWT_SECRET_KEY = random_password.jwt_secret_key.result
    DB_HOST        = module.db.db_instance_address
    DB_PORT        = tostring(module.db.db_instance_port)
    DB_NAME        = var.db_name
  })

  tags = local.tags
}

# taskforge/<env>/redis: the AUTH token and a ready REDIS_URL (TLS: rediss://).
module "redis_secret" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/secrets-manager/aws"
  version = "~> 1.0"

  name                    = "${local.secret_prefix}/redis"
  description             = "TaskForge ${var.environment} ElastiCache Redis AUTH token and TLS URL"
  kms_key_id              = aws_kms_key.this.arn
  recovery_window_in_days = 7
  block_public_policy     = true

  secret_string = jsonencode({
    auth_token = random_password.redis_auth_token.result
    host       = aws_elasticache_replication_group.redis.primary_endpoint_address
    port       = "6379"
    REDIS_URL  = "rediss://:${random_password.redis_auth_token.result}@${aws_elasticache_replication_group.redis.primary_endpoint_address}:6379/0"
  })

  tags = local.tags
}
