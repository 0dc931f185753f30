"""The Terraform side of the contract with kubernetes/: the deploy values map and its SSM parameter, the
edge in front of the ALB (hosted zone, ACM, WAF), and the one role that reads the application's secrets."""

import re

import pytest
from conftest import ENVS, INFRA, MODULE, STACK, blocks, load, tf_files

pytestmark = pytest.mark.filterwarnings("error")

# Every key kubernetes/write-environment.py and components/environment read, and the Terraform value behind
# it.
KUBERNETES_ENVIRONMENT = {
    "AWS_REGION": "${local.region}",
    "VPC_CIDR": "${var.vpc_cidr}",
    "HOST": "${var.host_name}",
    "ALB_GROUP_NAME": "${local.name}",
    "CERTIFICATE_ARN": "${module.acm.acm_certificate_arn}",
    "WAF_ACL_ARN": "${aws_wafv2_web_acl.this.arn}",
    "SECRETS_READER_ROLE_ARN": "${module.secrets_reader_irsa.iam_role_arn}",
    "APP_SECRET_NAME": "${local.app_secret_name}",
    "REDIS_SECRET_NAME": "${local.redis_secret_name}",
    "DATABASE_SECRET_ARN": "${module.db.db_instance_master_user_secret_arn}",
    "DATABASE_HOST": "${module.db.db_instance_address}",
    "DATABASE_NAME": "${var.db_name}",
    "REDIS_HOST": "${aws_elasticache_replication_group.redis.primary_endpoint_address}",
    "PUBLIC_URL": "${local.public_url}",
    "VAPID_SUBJECT": "${var.vapid_subject}",
}
PARAMETER_ARN = "${aws_ssm_parameter.kubernetes_environment.arn}"
MANAGED_RULE_GROUPS = {
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesAmazonIpReputationList",
}


def test_kubernetes_environment_is_the_literal_map_of_the_contract(module_blocks):
    # kubernetes/ tests read the keys straight from this locals block of kubernetes.tf.
    (local,) = [
        entry for entry in load(MODULE / "kubernetes.tf")["locals"] if "kubernetes_environment" in entry
    ]
    assert local["kubernetes_environment"] == KUBERNETES_ENVIRONMENT
    assert len(local["kubernetes_environment"]) == 15
    assert module_blocks["locals"]["kubernetes_environment"] == KUBERNETES_ENVIRONMENT


def test_kubernetes_environment_is_published_as_an_encrypted_ssm_parameter(module_blocks):
    parameter = module_blocks["resource"]["aws_ssm_parameter.kubernetes_environment"]
    assert parameter["name"] == "/taskforge/${var.environment}/kubernetes-environment"
    assert parameter["type"] == "SecureString"
    assert parameter["key_id"] == "${aws_kms_key.this.arn}"
    assert parameter["value"] == "${jsonencode(local.kubernetes_environment)}"
    assert parameter["description"].strip()
    assert parameter["tags"] == "${local.tags}"

    outputs, stack_outputs = module_blocks["output"], blocks(STACK, "output")
    assert outputs["kubernetes_environment"]["value"] == "${local.kubernetes_environment}"
    assert (
        outputs["kubernetes_environment_parameter"]["value"]
        == "${aws_ssm_parameter.kubernetes_environment.name}"
    )
    for name in ("kubernetes_environment", "kubernetes_environment_parameter", "secrets_reader_role_arn"):
        assert stack_outputs[name]["value"] == f"${{module.taskforge.{name}}}"


def test_deploy_role_reads_only_the_kubernetes_environment_parameter(module_blocks):
    statements = module_blocks["data"]["aws_iam_policy_document.github_deploy"]["statement"]
    ssm = [s for s in statements if any(a.startswith("ssm:") for a in s["actions"])]
    assert ssm == [{"sid": ssm[0]["sid"], "actions": ["ssm:GetParameter"], "resources": [PARAMETER_ARN]}]
    kms = [s for s in statements if any(a.startswith("kms:") for a in s["actions"])]
    assert len(kms) == 1
    assert kms[0]["actions"] == ["kms:Decrypt"]
    assert kms[0]["resources"] == ["${aws_kms_key.this.arn}"]
    assert kms[0]["condition"] == [
        {
            "test": "StringEquals",
            "variable": "kms:ViaService",
            "values": ["ssm.${local.region}.amazonaws.com"],
        }
    ]


def test_the_external_secrets_operator_role_is_gone_and_one_role_reads_the_secrets(module_blocks):
    for path in tf_files():
        text = path.read_text()
        for removed in ("external_secrets_irsa", "app_irsa", "external_secrets_service_account"):
            assert removed not in text, f"{path.relative_to(INFRA)} still references {removed}"
    modules = module_blocks["module"]
    assert "external_secrets_irsa" not in modules
    assert "app_irsa" not in modules
    read = module_blocks["data"]["aws_iam_policy_document.read_app_secrets"]["statement"]
    assert read[0]["resources"] == [
        "${module.app_secret.secret_arn}",
        "${module.redis_secret.secret_arn}",
        "${module.db.db_instance_master_user_secret_arn}",
    ]
    assert read[1]["condition"][0]["values"] == ["secretsmanager.${local.region}.amazonaws.com"]


def test_acm_certificate_of_the_host_is_dns_validated_in_the_public_zone(module_blocks):
    zone = module_blocks["data"]["aws_route53_zone.this"]
    assert zone["name"] == "${var.dns_zone_name}"
    assert zone["private_zone"] is False
    (precondition,) = zone["lifecycle"][0]["precondition"]
    assert 'endswith(var.host_name, ".${var.dns_zone_name}")' in precondition["condition"]
    acm = module_blocks["module"]["acm"]
    assert acm["domain_name"] == "${var.host_name}"
    assert acm["zone_id"] == "${data.aws_route53_zone.this.zone_id}"
    assert acm["validation_method"] == "DNS"
    assert acm["wait_for_validation"] is True
    assert "subject_alternative_names" not in acm


def _rules(acl):
    return {rule["name"]: rule for rule in acl["rule"]}


def test_waf_runs_the_managed_rule_groups_and_a_per_ip_rate_limit(module_blocks):
    acl, variables = module_blocks["resource"]["aws_wafv2_web_acl.this"], module_blocks["variable"]
    assert acl["scope"] == "REGIONAL"
    assert acl["default_action"] == [{"allow": [{}]}]
    rules = _rules(acl)
    assert len(rules) == 4
    assert len({r["priority"] for r in rules.values()}) == 4
    for name in MANAGED_RULE_GROUPS:
        (statement,) = rules[name]["statement"][0]["managed_rule_group_statement"]
        assert statement["name"] == name
        assert statement["vendor_name"] == "AWS"
        assert rules[name]["override_action"] == [{"none": [{}]}], f"{name} must block, not only count"
    # The only rule relaxed: bodies over 8 KB are legitimate for this API (it caps them at 1 MiB itself).
    overrides = rules["AWSManagedRulesCommonRuleSet"]["statement"][0]["managed_rule_group_statement"][0]
    assert overrides["rule_action_override"] == [
        {"name": "SizeRestrictions_BODY", "action_to_use": [{"count": [{}]}]}
    ]
    for name in MANAGED_RULE_GROUPS - {"AWSManagedRulesCommonRuleSet"}:
        assert "rule_action_override" not in rules[name]["statement"][0]["managed_rule_group_statement"][0]

    (rate,) = [r for n, r in rules.items() if n not in MANAGED_RULE_GROUPS]
    assert rate["action"] == [{"block": [{}]}]
    limit = rate["statement"][0]["rate_based_statement"][0]
    assert limit == {"limit": "${var.waf_rate_limit_per_5_minutes}", "aggregate_key_type": "IP"}
    assert variables["waf_rate_limit_per_5_minutes"]["default"] == 2000
    assert "var.waf_rate_limit_per_5_minutes >= 100" in str(
        variables["waf_rate_limit_per_5_minutes"]["validation"]
    )

    for visibility in [r["visibility_config"][0] for r in rules.values()] + [acl["visibility_config"][0]]:
        assert visibility["cloudwatch_metrics_enabled"] is True
        assert visibility["sampled_requests_enabled"] is True


def test_waf_logs_are_encrypted_kept_a_year_and_never_hold_credentials(module_blocks):
    resources = module_blocks["resource"]
    group = resources["aws_cloudwatch_log_group.waf"]
    assert group["name"].startswith("aws-waf-logs-"), "WAF only delivers to aws-waf-logs-* log groups"
    assert group["kms_key_id"] == "${aws_kms_key.this.arn}"
    assert group["retention_in_days"] >= 365
    logging = resources["aws_wafv2_web_acl_logging_configuration.this"]
    assert logging["resource_arn"] == "${aws_wafv2_web_acl.this.arn}"
    assert logging["log_destination_configs"] == ["${aws_cloudwatch_log_group.waf.arn}"]
    redacted = logging["redacted_fields"]
    assert {"single_header": [{"name": "authorization"}]} in redacted
    assert {"query_string": [{}]} in redacted, "the calendar feed's token travels in the query string"
    # Delivery is allowed into this log group only, from this account.
    (statement,) = module_blocks["data"]["aws_iam_policy_document.waf_logs"]["statement"]
    assert statement["resources"] == ["${aws_cloudwatch_log_group.waf.arn}:*"]
    assert statement["principals"] == [{"type": "Service", "identifiers": ["delivery.logs.amazonaws.com"]}]
    assert (
        resources["aws_cloudwatch_log_resource_policy.waf"]["policy_document"]
        == "${data.aws_iam_policy_document.waf_logs.json}"
    )
    # The environment key lets CloudWatch Logs use it for this account's log groups (the WAF group included).
    kms = {s["sid"]: s for s in module_blocks["data"]["aws_iam_policy_document.kms"]["statement"]}[
        "CloudWatchLogs"
    ]
    assert kms["principals"] == [{"type": "Service", "identifiers": ["logs.${local.region}.amazonaws.com"]}]
    assert kms["condition"][0]["variable"] == "kms:EncryptionContext:aws:logs:arn"
    assert kms["condition"][0]["values"] == [
        "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:*"
    ]


def _name_pattern(variable):
    """The regex of a variable's validation, as Terraform's regex() receives it."""
    match = re.search(r'regex\("((?:[^"\\]|\\.)*)"', variable["validation"][0]["condition"])
    return match.group(1).replace("\\\\", "\\")


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("taskforge.io", True),
        ("staging.taskforge.io", True),
        ("app.eu-1.taskforge.io", True),
        ("taskforge.io.", False),
        ("Staging.taskforge.io", False),
        ("*.taskforge.io", False),
        ("localhost", False),
        ("-app.taskforge.io", False),
        ("https://taskforge.io", False),
    ],
)
def test_zone_and_host_names_are_validated(module_blocks, name, valid):
    for variable in ("dns_zone_name", "host_name"):
        pattern = _name_pattern(module_blocks["variable"][variable])
        assert bool(re.fullmatch(pattern, name)) is valid, f"{variable}: {name}"


def test_each_environment_has_its_own_host_inside_the_shared_zone(module_blocks):
    hosts = {"staging": "staging.taskforge.io", "production": "app.taskforge.io"}
    pattern = _name_pattern(module_blocks["variable"]["host_name"])
    for env, directory in ENVS.items():
        tfvars = load(directory / "terraform.tfvars")
        assert tfvars["dns_zone_name"] == "taskforge.io"
        assert tfvars["host_name"] == hosts[env]
        assert tfvars["host_name"].endswith("." + tfvars["dns_zone_name"])
        assert re.fullmatch(pattern, tfvars["host_name"])
    call = blocks(STACK, "module")["taskforge"]
    assert call["dns_zone_name"] == "${var.dns_zone_name}"
    assert call["host_name"] == "${var.host_name}"


def test_the_stack_passes_every_required_input_and_reads_only_existing_outputs(module_blocks):
    variables, outputs = module_blocks["variable"], module_blocks["output"]
    call = blocks(STACK, "module")["taskforge"]
    passed = set(call) - {"source"}
    assert passed <= set(variables), f"unknown module inputs: {passed - set(variables)}"
    required = {name for name, body in variables.items() if "default" not in body}
    assert required <= passed, f"required module inputs not passed: {required - passed}"
    for name, body in blocks(STACK, "output").items():
        referenced = re.fullmatch(r"\$\{module\.taskforge\.(\w+)\}", body["value"])
        assert referenced, f"stack output {name}: {body['value']}"
        assert referenced.group(1) in outputs, f"stack output {name}: {body['value']}"


def test_the_public_url_is_the_https_address_of_the_host(module_blocks):
    """PUBLIC_URL (links in emails; the backend requires https:// in production) is the Ingress host behind
    the ALB's HTTPS listener, with the certificate of that same host."""
    assert module_blocks["locals"]["public_url"] == "https://${var.host_name}"
    assert module_blocks["module"]["acm"]["domain_name"] == "${var.host_name}"


@pytest.mark.parametrize(
    ("subject", "valid"),
    [
        ("mailto:ops@taskforge.io", True),
        ("https://app.taskforge.io", True),
        ("https://taskforge.io/contact", True),
        ("mailto:taskforge@localhost", False),
        ("https://localhost", False),
        ("http://app.taskforge.io", False),
        ("ops@taskforge.io", False),
        ("mailto:", False),
        ("https://", False),
        ("mailto:ops@taskforge.io\nX: y", False),
        ("", False),
    ],
)
def test_the_vapid_subject_is_validated(module_blocks, subject, valid):
    variable = module_blocks["variable"]["vapid_subject"]
    assert "default" not in variable, "a deploy names its own push contact"
    # Both halves of the condition: the shape, and no localhost (which Apple's push service refuses).
    assert '!can(regex("localhost", var.vapid_subject))' in variable["validation"][0]["condition"]
    accepted = bool(re.fullmatch(_name_pattern(variable), subject)) and "localhost" not in subject
    assert accepted is valid, subject


def test_each_environment_names_a_push_contact_and_the_stack_passes_it(module_blocks):
    pattern = _name_pattern(module_blocks["variable"]["vapid_subject"])
    for env, directory in ENVS.items():
        subject = load(directory / "terraform.tfvars")["vapid_subject"]
        assert re.fullmatch(pattern, subject), env
        assert "localhost" not in subject, env
    assert blocks(STACK, "module")["taskforge"]["vapid_subject"] == "${var.vapid_subject}"
    assert blocks(STACK, "variable")["vapid_subject"]["type"] == "string"
