data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

# The three AZs are named in tfvars (a closed set: subnets never shift when AWS adds a zone);
# the lookup fails the plan if one of them is not available in the region.
data "aws_availability_zones" "selected" {
  state = "available"

  filter {
    name   = "zone-name"
    values = var.availability_zones
  }
}

locals {
  name       = "taskforge-${var.environment}"
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.name

  # Three AZs: the ALB, the node group, RDS Multi-AZ and the Redis replicas all spread over them.
  azs = slice(sort(data.aws_availability_zones.selected.names), 0, 3)

  # /24 public (ALBs, NAT), /20 private (nodes and pods: the VPC CNI gives every pod a VPC IP),
  # /24 database (RDS and ElastiCache), all carved from var.vpc_cidr.
  public_subnets   = [for i, _ in local.azs : cidrsubnet(var.vpc_cidr, 8, i)]
  private_subnets  = [for i, _ in local.azs : cidrsubnet(var.vpc_cidr, 4, i + 1)]
  database_subnets = [for i, _ in local.azs : cidrsubnet(var.vpc_cidr, 8, i + 100)]

  ecr_repositories = toset(["taskforge-backend", "taskforge-frontend"])
  ecr_repository_arns = [
    for repo in local.ecr_repositories : "arn:${local.partition}:ecr:${local.region}:${local.account_id}:repository/${repo}"
  ]

  # Where people open TaskForge: the Ingress host, behind the ALB's HTTPS listener (edge.tf's
  # certificate). The backend links to it from emails (PUBLIC_URL; https:// is required in production).
  public_url = "https://${var.host_name}"

  secret_prefix     = "taskforge/${var.environment}"
  app_secret_name   = "${local.secret_prefix}/app"
  redis_secret_name = "${local.secret_prefix}/redis"

  # Cluster ARN built from its name so IAM policies need no dependency on the cluster itself.
  cluster_arn = "arn:${local.partition}:eks:${local.region}:${local.account_id}:cluster/${local.name}"

  lb_controller_service_account = "aws-load-balancer-controller"

  # The one tag set applied to every module and resource.
  tags = merge(var.tags, {
    Project     = "taskforge"
    Environment = var.environment
    ManagedBy   = "terraform"
  })
}
