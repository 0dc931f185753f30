"""Static checks of infrastructure/: parse every file with python-hcl2 and assert the design."""

import re

import pytest
from conftest import BOOTSTRAP, ENVS, INFRA, MODULE, STACK, blocks, load, tf_files

pytestmark = pytest.mark.filterwarnings("error")

# Registry modules and the major version each must be pinned to.
EXPECTED_MODULES = {
    "vpc": ("terraform-aws-modules/vpc/aws", 5),
    "eks": ("terraform-aws-modules/eks/aws", 20),
    "eks_blueprints_addons": ("aws-ia/eks-blueprints-addons/aws", 1),
    "db": ("terraform-aws-modules/rds/aws", 6),
    "ecr": ("terraform-aws-modules/ecr/aws", 2),
    "app_secret": ("terraform-aws-modules/secrets-manager/aws", 1),
    "redis_secret": ("terraform-aws-modules/secrets-manager/aws", 1),
    "acm": ("terraform-aws-modules/acm/aws", 5),
    "ebs_csi_irsa": ("terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks", 5),
    "lb_controller_irsa": ("terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks", 5),
    "secrets_reader_irsa": ("terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks", 5),
    "github_oidc_provider": ("terraform-aws-modules/iam/aws//modules/iam-github-oidc-provider", 5),
    "github_deploy_role": ("terraform-aws-modules/iam/aws//modules/iam-github-oidc-role", 5),
}
REGISTRY_SOURCE = re.compile(r"^[a-z0-9-]+/[a-z0-9-]+/[a-z0-9]+(//[a-z0-9/_-]+)?$")
# Resource types the AWS provider cannot tag.
UNTAGGABLE = {
    "random_password",
    "tls_private_key",
    "aws_kms_alias",
    "aws_s3_bucket_versioning",
    "aws_s3_bucket_public_access_block",
    "aws_s3_bucket_server_side_encryption_configuration",
    "aws_s3_bucket_ownership_controls",
    "aws_s3_bucket_lifecycle_configuration",
    "aws_s3_bucket_policy",
    "aws_cloudwatch_log_resource_policy",
    "aws_wafv2_web_acl_logging_configuration",
}


def test_the_layout_is_split_by_concern():
    names = {p.name for p in MODULE.glob("*.tf")}
    assert {
        "versions.tf",
        "variables.tf",
        "outputs.tf",
        "locals.tf",
        "vpc.tf",
        "eks.tf",
        "rds.tf",
        "redis.tf",
        "ecr.tf",
        "secrets.tf",
        "iam.tf",
        "edge.tf",
        "kubernetes.tf",
    } <= names
    assert {"main.tf", "providers.tf", "versions.tf", "variables.tf", "outputs.tf"} <= {
        p.name for p in STACK.iterdir()
    }
    for env in ENVS.values():
        # Nothing to keep in step: an environment is only its values and where its state lives.
        assert {p.name for p in env.iterdir()} == {"terraform.tfvars", "backend.hcl"}


@pytest.mark.parametrize("path", tf_files(), ids=lambda p: str(p.relative_to(INFRA)))
def test_every_file_parses_and_every_variable_and_output_is_described(path):
    parsed = load(path)
    for entry in parsed.get("variable", []):
        for name, body in entry.items():
            assert body.get("description", "").strip(), f"variable {name} has no description"
            assert body.get("type"), f"variable {name} has no type"
    # Terraform has no `type` argument on outputs (their type is the value's): description only.
    for entry in parsed.get("output", []):
        for name, body in entry.items():
            assert body.get("description", "").strip(), f"output {name} has no description"


def test_modules_are_registry_modules_pinned_to_a_major_version(module_blocks):
    modules = module_blocks["module"]
    assert set(EXPECTED_MODULES) <= set(modules)
    for name, body in modules.items():
        assert REGISTRY_SOURCE.match(body["source"]), f"{name}: {body['source']} is not a registry module"
        assert re.fullmatch(r"~> \d+\.\d+", body.get("version", "")), f"{name}: version must be '~> X.Y'"
    for name, (source, major) in EXPECTED_MODULES.items():
        assert modules[name]["source"] == source
        assert modules[name]["version"].startswith(f"~> {major}."), f"{name} must stay on major {major}"
    assert blocks(STACK, "module")["taskforge"]["source"] == "../modules/taskforge"


def test_one_tags_local_is_used_everywhere(module_blocks):
    assert "var.tags" in module_blocks["locals"]["tags"]
    for name, body in module_blocks["module"].items():
        assert body.get("tags") == "${local.tags}", f"module {name} must pass local.tags"
    for root in (MODULE, BOOTSTRAP):
        for key, body in blocks(root, "resource").items():
            if key.split(".")[0] in UNTAGGABLE:
                continue
            assert "local.tags" in str(body.get("tags", "")), f"{key} is not tagged with local.tags"


def test_vpc_spans_three_azs_with_load_balancer_subnet_tags(module_blocks):
    vpc, local = module_blocks["module"]["vpc"], module_blocks["locals"]
    assert local["azs"] == "${slice(sort(data.aws_availability_zones.selected.names), 0, 3)}"
    assert "length(distinct(var.availability_zones)) == 3" in str(
        module_blocks["variable"]["availability_zones"]
    )
    assert vpc["azs"] == "${local.azs}"
    for tier in ("public", "private", "database"):
        assert vpc[f"{tier}_subnets"] == f"${{local.{tier}_subnets}}"
        assert "for i, _ in local.azs" in local[f"{tier}_subnets"]
    assert vpc["public_subnet_tags"] == {"kubernetes.io/role/elb": "1"}
    assert vpc["private_subnet_tags"] == {"kubernetes.io/role/internal-elb": "1"}
    assert vpc["create_database_subnet_group"] is True
    assert vpc["enable_flow_log"] is True


def test_eks_has_a_managed_node_group_addons_and_network_policy(module_blocks):
    eks = module_blocks["module"]["eks"]
    assert eks["subnet_ids"] == "${module.vpc.private_subnets}"
    group = eks["eks_managed_node_groups"]["default"]
    assert group["min_size"] == "${var.node_min_size}"
    assert group["max_size"] == "${var.node_max_size}"
    assert group["block_device_mappings"]["root"]["ebs"]["encrypted"] is True
    addons = eks["cluster_addons"]
    assert re.search(r'enableNetworkPolicy\s*=\s*"true"', addons["vpc-cni"]["configuration_values"])
    assert addons["vpc-cni"]["before_compute"] is True
    assert addons["aws-ebs-csi-driver"]["service_account_role_arn"] == "${module.ebs_csi_irsa.iam_role_arn}"
    # The deploy role may only edit the app namespace.
    scope = eks["access_entries"]["github_deploy"]["policy_associations"]["app_namespace"]["access_scope"]
    assert scope == {"type": "namespace", "namespaces": ["${var.app_namespace}"]}

    addons = module_blocks["module"]["eks_blueprints_addons"]
    assert addons["enable_aws_load_balancer_controller"] is True
    assert addons["enable_cluster_autoscaler"] is True or addons.get("enable_karpenter") is True
    assert addons["enable_metrics_server"] is True
    lb_controller = addons["aws_load_balancer_controller"]
    assert lb_controller["create_role"] is False
    annotation = {s["name"]: s["value"] for s in lb_controller["set"]}
    assert (
        annotation["serviceAccount.annotations.eks\\\\.amazonaws\\\\.com/role-arn"]
        == "${module.lb_controller_irsa.iam_role_arn}"
    )
    # ESO runs without an AWS role: the SecretStore authenticates as the app's ServiceAccount.
    assert addons["enable_external_secrets"] is True
    assert addons["external_secrets"] == {"create_role": False}
    # external-dns may write to the environment's zone only, and only its own records.
    assert addons["enable_external_dns"] is True
    assert addons["external_dns_route53_zone_arns"] == ["${data.aws_route53_zone.this.arn}"]
    settings = {s["name"]: s["value"] for s in addons["external_dns"]["set"]}
    assert settings == {"domainFilters[0]": "${var.dns_zone_name}", "txtOwnerId": "${local.name}"}


def test_rds_postgres_is_encrypted_backed_up_and_reachable_only_from_nodes(module_blocks):
    db, variables = module_blocks["module"]["db"], module_blocks["variable"]
    assert db["engine"] == "postgres"
    assert int(variables["db_engine_version"]["default"].split(".")[0]) >= 15
    assert db["storage_encrypted"] is True
    assert db["kms_key_id"] == "${aws_kms_key.this.arn}"
    assert db["manage_master_user_password"] is True
    assert "password" not in db
    assert db["multi_az"] == "${var.db_multi_az}"
    assert db["deletion_protection"] == "${var.db_deletion_protection}"
    assert db["backup_retention_period"] == "${var.db_backup_retention_days}"
    assert "var.db_backup_retention_days >= 7" in str(variables["db_backup_retention_days"]["validation"])
    assert db["skip_final_snapshot"] is False
    assert db["publicly_accessible"] is False
    assert db["db_subnet_group_name"] == "${module.vpc.database_subnet_group_name}"
    assert db["vpc_security_group_ids"] == ["${aws_security_group.rds.id}"]
    assert {"name": "rds.force_ssl", "value": "1"} in db["parameters"]
    _assert_only_from_nodes(module_blocks["resource"], "aws_security_group.rds", 5432)


def test_redis_7_is_encrypted_with_auth_token_from_secrets_manager(module_blocks):
    resources, variables = module_blocks["resource"], module_blocks["variable"]
    redis = resources["aws_elasticache_replication_group.redis"]
    assert redis["engine"] == "redis"
    assert variables["redis_engine_version"]["default"].startswith("7.")
    assert redis["transit_encryption_enabled"] is True
    assert redis["at_rest_encryption_enabled"] is True
    assert redis["auth_token"] == "${random_password.redis_auth_token.result}"
    assert redis["automatic_failover_enabled"] is True
    assert redis["security_group_ids"] == ["${aws_security_group.redis.id}"]
    assert redis["subnet_group_name"] == "${aws_elasticache_subnet_group.redis.name}"
    assert resources["aws_elasticache_subnet_group.redis"]["subnet_ids"] == "${module.vpc.database_subnets}"
    secret = module_blocks["module"]["redis_secret"]
    assert module_blocks["locals"]["redis_secret_name"] == "${local.secret_prefix}/redis"
    assert secret["name"] == "${local.redis_secret_name}"
    # Only the token: the host is in the deploy values map, the URL is built by the manifests.
    assert _json_keys(secret["secret_string"]) == ["auth_token"]
    assert "random_password.redis_auth_token.result" in secret["secret_string"]
    _assert_only_from_nodes(resources, "aws_security_group.redis", 6379)


def _json_keys(encoded):
    """Top-level keys of a `${jsonencode({...})}` expression, in order."""
    assert encoded.startswith("${jsonencode({"), encoded
    assert encoded.endswith("})}"), encoded
    return re.findall(r"(?:^|,\s*)(\w+)\s*=(?!=)", encoded[len("${jsonencode({") : -len("})}")])


def _assert_only_from_nodes(resources, group, port):
    rules = {
        k: v
        for k, v in resources.items()
        if "security_group_ingress_rule" in k and v["security_group_id"] == f"${{{group}.id}}"
    }
    assert len(rules) == 1, f"{group} must have exactly one ingress rule"
    (rule,) = rules.values()
    assert rule["from_port"] == rule["to_port"] == port
    assert rule["referenced_security_group_id"] == "${module.eks.node_security_group_id}"
    assert not {"cidr_ipv4", "cidr_ipv6", "prefix_list_id"} & set(rule)
    assert "ingress" not in resources[group], "inline rules would bypass the single-source rule"


def test_ecr_repositories_scan_on_push_are_immutable_and_expire_images(module_blocks):
    ecr = module_blocks["module"]["ecr"]
    assert (
        module_blocks["locals"]["ecr_repositories"] == '${toset(["taskforge-backend", "taskforge-frontend"])}'
    )
    assert "local.ecr_repositories" in ecr["for_each"]
    assert ecr["repository_image_scan_on_push"] is True
    assert ecr["repository_image_tag_mutability"] == "IMMUTABLE"
    assert ecr["create_lifecycle_policy"] is True
    assert "imageCountMoreThan" in ecr["repository_lifecycle_policy"]


def test_app_secret_is_generated_not_written(module_blocks):
    app, resources = module_blocks["module"]["app_secret"], module_blocks["resource"]
    assert module_blocks["locals"]["secret_prefix"] == "taskforge/${var.environment}"
    assert module_blocks["locals"]["app_secret_name"] == "${local.secret_prefix}/app"
    assert app["name"] == "${local.app_secret_name}"
    # The signing keys and the Web Push key only: where the database lives, the public URL and the push
    # contact are in the deploy values map, not a secret.
    assert _json_keys(app["secret_string"]) == ["SECRET_KEY", "JWT_SECRET_KEY", "VAPID_PRIVATE_KEY"]
    for key, source in (("SECRET_KEY", "secret_key"), ("JWT_SECRET_KEY", "jwt_secret_key")):
        assert re.search(rf"{key}\s*=\s*random_password\.{source}\.result", app["secret_string"])
        assert resources[f"random_password.{source}"]["length"] >= 32
    # PKCS #8 PEM, one of the two PEM forms the backend accepts (taskforge.push.keys).
    assert re.search(
        r"VAPID_PRIVATE_KEY\s*=\s*tls_private_key\.vapid\.private_key_pem_pkcs8\b", app["secret_string"]
    )
    assert app["kms_key_id"] == "${aws_kms_key.this.arn}"
    for key in ("SECRET_KEY", "JWT_SECRET_KEY", "VAPID_PRIVATE_KEY"):
        assert key in app["description"], f"the secret's description does not name {key}"


def test_the_vapid_key_is_an_ecdsa_p256_key(module_blocks):
    """VAPID (RFC 8292) signs with ES256: a key on P-256, nothing else (tls_private_key's default curve is
    P224, which push services refuse)."""
    key = module_blocks["resource"]["tls_private_key.vapid"]
    assert key == {"algorithm": "ECDSA", "ecdsa_curve": "P256"}
    assert [k for k in module_blocks["resource"] if k.startswith("tls_")] == ["tls_private_key.vapid"]


def test_the_vapid_key_goes_into_the_app_secret_and_nowhere_else():
    """The private key's one reader is the app secret's JSON: no output, local, parameter or other resource
    names it (each would copy it somewhere the secrets reader role does not guard)."""
    references = [
        (path.relative_to(INFRA), line.strip())
        for path in tf_files()
        for line in path.read_text().splitlines()
        if "tls_private_key.vapid" in line and not line.lstrip().startswith("#")
    ]
    assert references == [
        (
            MODULE.relative_to(INFRA) / "secrets.tf",
            "VAPID_PRIVATE_KEY = tls_private_key.vapid.private_key_pem_pkcs8",
        )
    ]
    (secret_string,) = [
        body["secret_string"]
        for body in blocks(MODULE, "module").values()
        if "tls_private_key.vapid" in str(body.get("secret_string", ""))
    ]
    assert blocks(MODULE, "module")["app_secret"]["secret_string"] == secret_string


@pytest.mark.parametrize("root", [MODULE, STACK], ids=["module", "stack"])
def test_every_provider_the_module_uses_is_pinned_to_a_major_version(root):
    """Resources of the hashicorp/random and hashicorp/tls providers (and aws, helm, kubernetes) need the
    provider in required_providers, pinned with "~> X.Y" like the registry modules."""
    (terraform,) = load(root / "versions.tf")["terraform"]
    (required,) = terraform["required_providers"]
    for name in ("aws", "random", "tls", "helm", "kubernetes"):
        assert required[name]["source"] == f"hashicorp/{name}", name
        assert re.fullmatch(r"~> \d+\.\d+", required[name]["version"]), name
    assert required["tls"]["version"].startswith("~> 4."), "private_key_pem_pkcs8 needs tls 4.x"
    used = {key.split("_")[0] for key in blocks(MODULE, "resource")}
    assert used <= set(required), f"providers used but not required: {used - set(required)}"


def test_irsa_roles_and_github_oidc_deploy_role_are_least_privilege(module_blocks):
    modules, variables = module_blocks["module"], module_blocks["variable"]
    assert modules["lb_controller_irsa"]["attach_load_balancer_controller_policy"] is True
    assert modules["ebs_csi_irsa"]["attach_ebs_csi_policy"] is True
    reader = modules["secrets_reader_irsa"]
    assert reader["role_name"] == "${local.name}-secrets-reader"
    assert reader["role_policy_arns"] == {"read_secrets": "${aws_iam_policy.read_app_secrets.arn}"}
    assert reader["oidc_providers"]["main"]["namespace_service_accounts"] == [
        "${var.app_namespace}:${var.app_service_account}"
    ]
    # The SecretStore's serviceAccountRef in kubernetes/base is taskforge in namespace taskforge.
    assert variables["app_namespace"]["default"] == variables["app_service_account"]["default"] == "taskforge"
    # The only role allowed to read the secrets.
    readers = [
        n for n, m in modules.items() if "aws_iam_policy.read_app_secrets" in str(m.get("role_policy_arns"))
    ]
    assert readers == ["secrets_reader_irsa"]
    read = module_blocks["data"]["aws_iam_policy_document.read_app_secrets"]["statement"]
    assert "*" not in str([s["resources"] for s in read])

    role = modules["github_deploy_role"]
    assert (
        role["subjects"]
        == '${[for env in var.github_environments : "${var.github_repository}:environment:${env}"]}'
    )
    assert "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" in str(variables["github_repository"]["validation"])
    assert role["policies"] == {"deploy": "${aws_iam_policy.github_deploy.arn}"}
    statements = module_blocks["data"]["aws_iam_policy_document.github_deploy"]["statement"]
    actions = {a for s in statements for a in s["actions"]}
    assert all(
        a.startswith("ecr:") for a in actions - {"eks:DescribeCluster", "ssm:GetParameter", "kms:Decrypt"}
    )
    assert "ecr:PutImage" in actions
    assert "eks:DescribeCluster" in actions
    for statement in statements:
        if statement["resources"] == ["*"]:
            assert statement["actions"] == ["ecr:GetAuthorizationToken"]


def test_bootstrap_state_bucket_is_versioned_encrypted_private_and_locked():
    resources = blocks(BOOTSTRAP, "resource")
    assert resources["aws_s3_bucket_versioning.state"]["versioning_configuration"][0]["status"] == "Enabled"
    sse = resources["aws_s3_bucket_server_side_encryption_configuration.state"]["rule"][0]
    assert sse["apply_server_side_encryption_by_default"][0]["sse_algorithm"] == "aws:kms"
    block = resources["aws_s3_bucket_public_access_block.state"]
    assert all(
        block[k] is True
        for k in ("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")
    )
    policy = blocks(BOOTSTRAP, "data")["aws_iam_policy_document.state_bucket"]["statement"][0]
    assert policy["effect"] == "Deny"
    assert policy["condition"][0]["variable"] == "aws:SecureTransport"
    locks = resources["aws_dynamodb_table.locks"]
    assert locks["hash_key"] == "LockID"
    assert locks["point_in_time_recovery"][0]["enabled"] is True


@pytest.mark.parametrize("env", sorted(ENVS))
def test_envs_use_a_partial_s3_backend(env):
    directory = ENVS[env]
    backend = load(STACK / "versions.tf")["terraform"][0]["backend"]
    assert backend == [{"s3": {}}], "the backend block must stay empty (partial configuration)"
    config = load(directory / "backend.hcl")
    assert config["key"] == f"taskforge/{env}/terraform.tfstate"
    assert config["encrypt"] is True
    assert config["dynamodb_table"] == "taskforge-terraform-locks"
    assert "bucket" not in config, "the bucket name comes from the bootstrap output"
    tfvars = load(directory / "terraform.tfvars")
    assert config["region"] == tfvars["aws_region"]
    assert tfvars["environment"] == env
    assert all(zone.startswith(tfvars["aws_region"]) for zone in tfvars["availability_zones"])


def test_envs_set_the_same_variables_of_the_one_stack():
    staging, production = ENVS["staging"], ENVS["production"]
    staging_vars, production_vars = (load(d / "terraform.tfvars") for d in (staging, production))
    assert staging_vars.keys() == production_vars.keys()
    declared = set(blocks(STACK, "variable"))
    assert set(staging_vars) <= declared
    # Production: Multi-AZ database that cannot be deleted by accident.
    assert production_vars["db_multi_az"] is True
    assert production_vars["db_deletion_protection"] is True
    assert all(v["db_backup_retention_days"] >= 7 for v in (staging_vars, production_vars))


def test_no_account_ids_partitions_or_secret_values_are_hard_coded():
    for path in sorted(INFRA.rglob("*")):
        if path.suffix not in {".tf", ".tfvars", ".hcl"} or ".terraform" in path.parts:
            continue
        text = path.read_text()
        assert not re.search(r"(?<![\d.])\d{12}(?![\d.])", text), f"{path.name}: account id"
        assert "arn:aws:" not in text, f"{path.name}: use the partition data source"
        assert not re.search(r'(password|secret_key|auth_token|token)\s*=\s*"[^"$]', text, re.I), (
            f"{path.name}: literal secret"
        )
