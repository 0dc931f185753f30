variable "environment" {
  description = "Deployment environment name; used in resource names, tags and the Secrets Manager paths taskforge/<environment>/..."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be staging or production."
  }
}

variable "tags" {
  description = "Extra tags merged into the common tag set (Project, Environment, ManagedBy) applied to every resource."
  type        = map(string)
  default     = {}
}

# --- Network -------------------------------------------------------------------

variable "vpc_cidr" {
  description = "IPv4 CIDR of the VPC; public, private and database subnets for three AZs are carved from it."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) <= 16
    error_message = "vpc_cidr must be a valid IPv4 CIDR of size /16 or larger."
  }
}

variable "availability_zones" {
  description = "Exactly three Availability Zone names of the region, e.g. [\"eu-west-1a\", \"eu-west-1b\", \"eu-west-1c\"]."
  type        = list(string)

  validation {
    condition     = length(distinct(var.availability_zones)) == 3
    error_message = "availability_zones must name three distinct zones."
  }
}

variable "single_nat_gateway" {
  description = "Use one shared NAT gateway (cheaper) instead of one per AZ (survives an AZ outage)."
  type        = bool
  default     = false
}

# --- EKS -----------------------------------------------------------------------

variable "cluster_version" {
  description = "Kubernetes <major>.<minor> version of the EKS control plane."
  type        = string
  default     = "1.31"
}

variable "cluster_endpoint_public_access" {
  description = "Expose the EKS API endpoint publicly (still IAM-authenticated) so GitHub-hosted runners can deploy."
  type        = bool
  default     = true
}

variable "cluster_endpoint_public_access_cidrs" {
  description = "CIDR blocks allowed to reach the public EKS API endpoint (GitHub runners and operators)."
  type        = list(string)

  validation {
    condition     = length(var.cluster_endpoint_public_access_cidrs) > 0 && alltrue([for c in var.cluster_endpoint_public_access_cidrs : can(cidrhost(c, 0))])
    error_message = "cluster_endpoint_public_access_cidrs needs at least one valid CIDR."
  }
}

variable "node_instance_types" {
  description = "EC2 instance types of the managed node group."
  type        = list(string)
  default     = ["m6i.large"]
}

variable "node_min_size" {
  description = "Minimum number of nodes in the managed node group (cluster autoscaler lower bound)."
  type        = number
  default     = 3
}

variable "node_max_size" {
  description = "Maximum number of nodes in the managed node group (cluster autoscaler upper bound)."
  type        = number
  default     = 6
}

variable "node_desired_size" {
  description = "Initial number of nodes in the managed node group; afterwards the cluster autoscaler owns it."
  type        = number
  default     = 3
}

variable "node_disk_size_gb" {
  description = "Size in GiB of each node's encrypted gp3 root volume."
  type        = number
  default     = 50
}

variable "app_namespace" {
  description = "Kubernetes namespace of the TaskForge workloads."
  type        = string
  default     = "taskforge"
}

variable "app_service_account" {
  description = "Name of the TaskForge Kubernetes ServiceAccount annotated with the secrets reader role (the SecretStore authenticates as it)."
  type        = string
  default     = "taskforge"
}

# --- Edge: DNS, TLS, WAF -------------------------------------------------------

variable "dns_zone_name" {
  description = "Name of the existing public Route 53 hosted zone the host lives in, e.g. \"taskforge.io\" (ACM validation records and the host's record are written there)."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.dns_zone_name))
    error_message = "dns_zone_name must be a lower-case domain name without a trailing dot, e.g. taskforge.io."
  }
}

variable "host_name" {
  description = "Public host name of the environment, inside dns_zone_name (e.g. \"staging.taskforge.io\"): the Ingress host and the certificate's domain."
  type        = string

  # That it lies inside dns_zone_name is a precondition in edge.tf (cross-variable validations need Terraform >= 1.9).
  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.host_name)) && length(var.host_name) <= 253
    error_message = "host_name must be a lower-case DNS name without a trailing dot or wildcard, e.g. staging.taskforge.io."
  }
}

variable "waf_rate_limit_per_5_minutes" {
  description = "Requests one client IP may send in any 5-minute window before the WAF blocks it (until its rate falls back under the limit)."
  type        = number
  default     = 2000

  validation {
    condition     = var.waf_rate_limit_per_5_minutes >= 100 && floor(var.waf_rate_limit_per_5_minutes) == var.waf_rate_limit_per_5_minutes
    error_message = "waf_rate_limit_per_5_minutes must be a whole number of at least 100."
  }
}

# --- Application ---------------------------------------------------------------

variable "vapid_subject" {
  description = "Contact for the browsers' push services in every Web Push request (VAPID_SUBJECT, RFC 8292 \"sub\"): a mailto: address the operators read, or an https:// URL; Apple's push service refuses localhost addresses."
  type        = string

  validation {
    condition     = can(regex("^(mailto:[^@\\s]+@[^@\\s]+\\.[^@\\s]+|https://[^/\\s]+\\.[^\\s]+)$", var.vapid_subject)) && !can(regex("localhost", var.vapid_subject))
    error_message = "vapid_subject must be a mailto: address or an https:// URL, not on localhost, e.g. mailto:ops@taskforge.io."
  }
}

# --- RDS -----------------------------------------------------------------------

variable "db_engine_version" {
  description = "PostgreSQL engine version (15 or newer)."
  type        = string
  default     = "16.4"

  validation {
    condition     = tonumber(split(".", var.db_engine_version)[0]) >= 15
    error_message = "PostgreSQL 15 or newer is required."
  }
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "db_allocated_storage" {
  description = "Initial RDS storage in GiB."
  type        = number
  default     = 20
}

variable "db_max_allocated_storage" {
  description = "Upper bound in GiB for RDS storage autoscaling."
  type        = number
  default     = 100
}

variable "db_name" {
  description = "Name of the application database."
  type        = string
  default     = "taskforge"
}

variable "db_username" {
  description = "Master user name; its password is generated and rotated by RDS in Secrets Manager."
  type        = string
  default     = "taskforge"
}

variable "db_multi_az" {
  description = "Run RDS Multi-AZ with a synchronous standby (production)."
  type        = bool
  default     = true
}

variable "db_backup_retention_days" {
  description = "Days of automated backups kept; point-in-time recovery covers this window."
  type        = number
  default     = 14

  validation {
    condition     = var.db_backup_retention_days >= 7 && var.db_backup_retention_days <= 35
    error_message = "Backups must be kept between 7 and 35 days."
  }
}

variable "db_deletion_protection" {
  description = "Refuse to delete the RDS instance until this is switched off (production)."
  type        = bool
  default     = true
}

# --- ElastiCache ---------------------------------------------------------------

variable "redis_engine_version" {
  description = "ElastiCache Redis engine version (7.x)."
  type        = string
  default     = "7.1"

  validation {
    condition     = startswith(var.redis_engine_version, "7.")
    error_message = "Redis 7.x is required."
  }
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.small"
}

variable "redis_num_cache_clusters" {
  description = "Number of Redis nodes: a primary plus at least one replica in another AZ (automatic failover)."
  type        = number
  default     = 2

  validation {
    condition     = var.redis_num_cache_clusters >= 2 && var.redis_num_cache_clusters <= 6
    error_message = "redis_num_cache_clusters must be between 2 and 6 (automatic failover needs a replica)."
  }
}

variable "redis_snapshot_retention_days" {
  description = "Days of Redis snapshots kept (the cache can be rebuilt, so a short window is enough)."
  type        = number
  default     = 1
}

# --- ECR, GitHub Actions -------------------------------------------------------

variable "create_ecr_repositories" {
  description = "Create the taskforge-backend and taskforge-frontend ECR repositories (false when another environment in the same account already owns them)."
  type        = bool
  default     = true
}

variable "ecr_keep_images" {
  description = "Number of tagged images kept per ECR repository by the lifecycle policy."
  type        = number
  default     = 50
}

variable "create_github_oidc_provider" {
  description = "Create the account-wide GitHub Actions OIDC provider (false when another environment in the same account already created it)."
  type        = bool
  default     = true
}

variable "github_repository" {
  description = "GitHub repository (owner/name) whose workflows may assume the deploy role."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", var.github_repository))
    error_message = "github_repository must be owner/name, without wildcards."
  }
}

variable "github_environments" {
  description = "GitHub environments (jobs declaring `environment:`) whose OIDC tokens may assume the deploy role."
  type        = list(string)

  validation {
    condition     = length(var.github_environments) > 0 && alltrue([for e in var.github_environments : can(regex("^[A-Za-z0-9_.-]+$", e))])
    error_message = "github_environments needs at least one environment name, without wildcards."
  }
}
