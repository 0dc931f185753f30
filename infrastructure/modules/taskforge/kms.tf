# One customer-managed key per environment for the data the application owns: RDS storage,
# Performance Insights, the Secrets Manager entries, ElastiCache, the deploy values parameter (SSM),
# the VPC flow logs, the Redis slow log and the WAF logs. Services that encrypt on a caller's behalf
# (Secrets Manager, SSM) are covered by the account statement plus the caller's IAM policy, with a
# kms:ViaService condition there; CloudWatch Logs encrypts as itself, hence its own statement.
data "aws_iam_policy_document" "kms" {
  #checkov:skip=CKV_AWS_109:A key policy's Resource "*" means this key only; account-root administration is the AWS default key policy.
  #checkov:skip=CKV_AWS_111:A key policy's Resource "*" means this key only; write access is limited to the account root principal.
  #checkov:skip=CKV_AWS_356:A key policy's Resource "*" means this key only, it cannot name its own ARN.
  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  statement {
    sid = "CloudWatchLogs"
    actions = [
      "kms:Encrypt*",
      "kms:Decrypt*",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:Describe*",
    ]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["logs.${local.region}.amazonaws.com"]
    }

    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:*"]
    }
  }
}

resource "aws_kms_key" "this" {
  description             = "TaskForge ${var.environment} data encryption key"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.kms.json

  tags = local.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/${local.name}"
  target_key_id = aws_kms_key.this.key_id
}
