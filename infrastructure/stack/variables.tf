variable "aws_region" {
  description = "AWS region of this environment (must match the region in backend.hcl)."
  type        = string
}

variable "environment" {
  description = "Environment name: staging or production."
  type        = string
}

variable "tags" {
  description = "Extra tags for every resource of this environment."
  type        = map(string)
  default     = {}
}

variable "vpc_cidr" {
  description = "IPv4 CIDR of the environment's VPC."
  type        = string
}

variable "availability_zones" {
  description = "The three Availability Zones of the region to use."
  type        = list(string)
}

variable "single_nat_gateway" {
  description = "One shared NAT gateway instead of one per AZ."
  type        = bool
}

variable "cluster_version" {
  description = "Kubernetes version of the EKS control plane."
  type        = string
}

variable "cluster_endpoint_public_access_cidrs" {
  description = "CIDR blocks allowed to reach the public EKS API endpoint."
  type        = list(string)
}

variable "node_instance_types" {
  description = "EC2 instance types of the managed node group."
  type        = list(string)
}

variable "node_min_size" {
  description = "Minimum node count (cluster autoscaler lower bound)."
  type        = number
}

variable "node_max_size" {
  description = "Maximum node count (cluster autoscaler upper bound)."
  type        = number
}

variable "node_desired_size" {
  description = "Initial node count."
  type        = number
}

variable "db_instance_class" {
  description = "RDS PostgreSQL instance class."
  type        = string
}

variable "db_multi_az" {
  description = "Run RDS Multi-AZ."
  type        = bool
}

variable "db_backup_retention_days" {
  description = "Days of RDS automated backups (point-in-time recovery window), at least 7."
  type        = number
}

variable "db_deletion_protection" {
  description = "Enable RDS deletion protection."
  type        = bool
}

variable "redis_node_type" {
  description = "ElastiCache Redis node type."
  type        = string
}

variable "redis_num_cache_clusters" {
  description = "Number of Redis nodes (primary plus replicas, at least 2)."
  type        = number
}

variable "dns_zone_name" {
  description = "Existing public Route 53 hosted zone of the environment's host, e.g. taskforge.io."
  type        = string
}

variable "host_name" {
  description = "Public host name of the environment inside dns_zone_name (Ingress host, certificate domain)."
  type        = string
}

variable "vapid_subject" {
  description = "Contact for the browsers' push services (VAPID_SUBJECT): a mailto: address or an https:// URL."
  type        = string
}

variable "create_ecr_repositories" {
  description = "Whether this environment owns the taskforge-backend/frontend ECR repositories."
  type        = bool
}

variable "create_github_oidc_provider" {
  description = "Whether this environment creates the account-wide GitHub OIDC provider."
  type        = bool
}

variable "github_repository" {
  description = "GitHub owner/name allowed to deploy; supplied by the operator (TF_VAR_github_repository), never guessed in code."
  type        = string
}

variable "github_environments" {
  description = "GitHub environments whose jobs may assume the deploy role."
  type        = list(string)
}
