# The deploy values map: every account- and environment-specific value the Kubernetes manifests
# need, so none is committed under kubernetes/. The deploy workflow and `make kubernetes-environment`
# read it from the SSM parameter below and kubernetes/write-environment.py turns it into the overlay's
# environment.env. Its keys are a contract: write-environment.py's FORMATS and
# kubernetes/components/environment list the same ones (a test holds the three equal). Only
# locations, names, ARNs and the app's public address and push contact: secret values stay in
# Secrets Manager.
locals {
  kubernetes_environment = {
    AWS_REGION              = local.region
    VPC_CIDR                = var.vpc_cidr
    HOST                    = var.host_name
    ALB_GROUP_NAME          = local.name
    CERTIFICATE_ARN         = module.acm.acm_certificate_arn
    WAF_ACL_ARN             = aws_wafv2_web_acl.this.arn
    SECRETS_READER_ROLE_ARN = module.secrets_reader_irsa.iam_role_arn
    APP_SECRET_NAME         = local.app_secret_name
    REDIS_SECRET_NAME       = local.redis_secret_name
    DATABASE_SECRET_ARN     = module.db.db_instance_master_user_secret_arn
    DATABASE_HOST           = module.db.db_instance_address
    DATABASE_NAME           = var.db_name
    REDIS_HOST              = aws_elasticache_replication_group.redis.primary_endpoint_address
    PUBLIC_URL              = local.public_url
    VAPID_SUBJECT           = var.vapid_subject
  }
}

# Not secret, but a SecureString under the environment key all the same: reading it then takes both
# ssm:GetParameter on this parameter and kms:Decrypt through SSM (the deploy role's policy, iam.tf).
resource "aws_ssm_parameter" "kubernetes_environment" {
  name        = "/taskforge/${var.environment}/kubernetes-environment"
  description = "TaskForge ${var.environment} deploy values for the Kubernetes manifests (JSON; written by Terraform, read by kubernetes/write-environment.py)"
  type        = "SecureString"
  key_id      = aws_kms_key.this.arn
  value       = jsonencode(local.kubernetes_environment)

  tags = local.tags
}
