# What stands in front of the ALB the AWS Load Balancer Controller creates for the Ingress: the
# public hosted zone, the TLS certificate of var.host_name and the WAF web ACL. The Ingress names
# the certificate and the ACL by ARN (CERTIFICATE_ARN, WAF_ACL_ARN in kubernetes.tf); external-dns
# (eks.tf) writes the host's record into the zone.

# The zone is not created here: it is the domain's, shared by every environment.
data "aws_route53_zone" "this" {
  name         = var.dns_zone_name
  private_zone = false

  lifecycle {
    # A cross-variable validation needs Terraform >= 1.9; a precondition fails the plan the same way.
    precondition {
      condition     = var.host_name == var.dns_zone_name || endswith(var.host_name, ".${var.dns_zone_name}")
      error_message = "host_name must be dns_zone_name or a name inside it (e.g. staging.${var.dns_zone_name})."
    }
  }
}

module "acm" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/acm/aws"
  version = "~> 5.0"

  domain_name = var.host_name
  zone_id     = data.aws_route53_zone.this.zone_id

  # v5 has no default method: DNS, with the validation records written into the zone, so the
  # certificate renews itself for as long as they stay there.
  validation_method   = "DNS"
  wait_for_validation = true

  tags = local.tags
}

# --- WAF ---------------------------------------------------------------------

resource "aws_wafv2_web_acl" "this" {
  name        = local.name
  description = "TaskForge ${var.environment}: AWS managed rules and a per-IP rate limit in front of the ALB"
  scope       = "REGIONAL"

  default_action {
    allow {}
  }

  # Known bad sources first: they are dropped before any other rule spends capacity on them.
  rule {
    name     = "AWSManagedRulesAmazonIpReputationList"
    priority = 10

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesAmazonIpReputationList"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${local.name}-ip-reputation"
      sampled_requests_enabled   = true
    }
  }

  # Per client IP over a sliding 5-minute window; the API's own rate limits stay the finer control.
  rule {
    name     = "RateLimitPerIp"
    priority = 20

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = var.waf_rate_limit_per_5_minutes
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${local.name}-rate-limit"
      sampled_requests_enabled   = true
    }
  }

  # Log4j/Log4Shell and other request patterns known to be malicious.
  rule {
    name     = "AWSManagedRulesKnownBadInputsRuleSet"
    priority = 30

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${local.name}-known-bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "AWSManagedRulesCommonRuleSet"
    priority = 40

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"

        # The rule set blocks bodies over 8 KB; the API legitimately takes more (10,000-character
        # descriptions, imports, 100-task bulk creates) and caps bodies itself at 1 MiB
        # (MAX_CONTENT_LENGTH). Counted, not blocked, so its metric still shows large bodies.
        rule_action_override {
          name = "SizeRestrictions_BODY"

          action_to_use {
            count {}
          }
        }
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${local.name}-common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = local.name
    sampled_requests_enabled   = true
  }

  tags = local.tags
}

# WAF only delivers to log groups whose name starts with "aws-waf-logs-". Encrypted with the
# environment key (kms.tf lets CloudWatch Logs use it for this account's log groups).
resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-${local.name}"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.this.arn

  tags = local.tags
}

# Without this policy WAF edits the account-wide AWSWAF-LOGS resource policy itself, which fails
# once that policy outgrows its size limit; this one names only this log group.
data "aws_iam_policy_document" "waf_logs" {
  statement {
    sid       = "WafLogDelivery"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.waf.arn}:*"]

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:${local.partition}:logs:${local.region}:${local.account_id}:*"]
    }
  }
}

resource "aws_cloudwatch_log_resource_policy" "waf" {
  policy_name     = "${local.name}-waf-logs"
  policy_document = data.aws_iam_policy_document.waf_logs.json
}

resource "aws_wafv2_web_acl_logging_configuration" "this" {
  resource_arn            = aws_wafv2_web_acl.this.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]

  # Credentials never reach the logs: the bearer token, and the query string, which carries the
  # calendar feed's long-lived secret token (GET /api/calendar.ics?token=...) and the
  # live stream's one-time ticket.
  redacted_fields {
    single_header {
      name = "authorization"
    }
  }

  redacted_fields {
    query_string {}
  }

  depends_on = [aws_cloudwatch_log_resource_policy.waf]
}
