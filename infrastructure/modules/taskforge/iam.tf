# --- IRSA roles (EKS OIDC provider -> one Kubernetes ServiceAccount each) ---------

module "ebs_csi_irsa" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "~> 5.0"

  role_name             = "${local.name}-ebs-csi"
  attach_ebs_csi_policy = true

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["kube-system:ebs-csi-controller-sa"]
    }
  }

  tags = local.tags
}

module "lb_controller_irsa" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "~> 5.0"

  role_name                              = "${local.name}-aws-load-balancer-controller"
  attach_load_balancer_controller_policy = true

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["kube-system:${local.lb_controller_service_account}"]
    }
  }

  tags = local.tags
}

# Read-only access to exactly this environment's secrets (and the key that encrypts them).
data "aws_iam_policy_document" "read_app_secrets" {
  statement {
    sid = "ReadTaskforgeSecrets"
    actions = [
      "secretsmanager:GetSecretValue",
      "secretsmanager:DescribeSecret",
    ]
    resources = [
      module.app_secret.secret_arn,
      module.redis_secret.secret_arn,
      module.db.db_instance_master_user_secret_arn,
    ]
  }

  statement {
    sid       = "DecryptTaskforgeSecrets"
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.this.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${local.region}.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "read_app_secrets" {
  name        = "${local.name}-read-secrets"
  description = "Read the TaskForge ${var.environment} Secrets Manager entries"
  policy      = data.aws_iam_policy_document.read_app_secrets.json

  tags = local.tags
}

# The secrets reader: the IAM role of ServiceAccount taskforge/taskforge. The SecretStore of
# kubernetes/base authenticates as that account (auth.jwt.serviceAccountRef), so the External
# Secrets Operator reads taskforge/<env>/* with this role and needs no AWS role of its own (eks.tf).
module "secrets_reader_irsa" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "~> 5.0"

  role_name = "${local.name}-secrets-reader"
  role_policy_arns = {
    read_secrets = aws_iam_policy.read_app_secrets.arn
  }

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["${var.app_namespace}:${var.app_service_account}"]
    }
  }

  tags = local.tags
}

# --- GitHub Actions OIDC deployments ------------------------------------------

module "github_oidc_provider" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/iam/aws//modules/iam-github-oidc-provider"
  version = "~> 5.0"

  create = var.create_github_oidc_provider

  tags = local.tags
}

data "aws_iam_policy_document" "github_deploy" {
  # ecr:GetAuthorizationToken has no resource-level permissions: the only action granted on "*".
  statement {
    sid       = "EcrLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid = "EcrPushTaskforgeImages"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:CompleteLayerUpload",
      "ecr:DescribeImages",
      "ecr:DescribeRepositories",
      "ecr:GetDownloadUrlForLayer",
      "ecr:InitiateLayerUpload",
      "ecr:PutImage",
      "ecr:UploadLayerPart",
    ]
    resources = local.ecr_repository_arns
  }

  # Enough for `aws eks update-kubeconfig`; what it may do inside the cluster is the
  # namespace-scoped access entry in eks.tf.
  statement {
    sid       = "EksDescribe"
    actions   = ["eks:DescribeCluster"]
    resources = [local.cluster_arn]
  }

  # The deploy values map (kubernetes.tf): this one parameter, decrypted only through SSM.
  statement {
    sid       = "SsmReadKubernetesEnvironment"
    actions   = ["ssm:GetParameter"]
    resources = [aws_ssm_parameter.kubernetes_environment.arn]
  }

  statement {
    sid       = "KmsDecryptKubernetesEnvironment"
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.this.arn]

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["ssm.${local.region}.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "github_deploy" {
  name        = "${local.name}-github-deploy"
  description = "GitHub Actions: push TaskForge images to ECR, describe the ${var.environment} EKS cluster and read its deploy values"
  policy      = data.aws_iam_policy_document.github_deploy.json

  tags = local.tags
}

module "github_deploy_role" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/iam/aws//modules/iam-github-oidc-role"
  version = "~> 5.0"

  name        = "${local.name}-github-deploy"
  description = "Assumed by ${var.github_repository} workflows running in the ${join(", ", var.github_environments)} GitHub environment(s)"

  # Trust is limited to this repository and to jobs bound to the listed GitHub environments
  # (sub = repo:<owner>/<name>:environment:<env>), so approval rules on the environment apply.
  subjects = [for env in var.github_environments : "${var.github_repository}:environment:${env}"]

  policies = {
    deploy = aws_iam_policy.github_deploy.arn
  }

  tags = local.tags

  # The trust policy names the provider by ARN; create it first when this stack owns it.
  depends_on = [module.github_oidc_provider]
}
