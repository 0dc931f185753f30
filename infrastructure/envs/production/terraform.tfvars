environment = "production"
aws_region  = "eu-west-1"

availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

vpc_cidr           = "10.30.0.0/16"
single_nat_gateway = false

cluster_version = "1.31"
# GitHub-hosted runners have no fixed egress range; the endpoint still requires IAM
# authentication plus an EKS access entry. Narrow this when deploying from fixed IPs.
cluster_endpoint_public_access_cidrs = ["0.0.0.0/0"]
node_instance_types                  = ["m6i.large"]
node_min_size                        = 3
node_max_size                        = 9
node_desired_size                    = 3

db_instance_class        = "db.m6g.large"
db_multi_az              = true
db_backup_retention_days = 14
db_deletion_protection   = true

redis_node_type          = "cache.m6g.large"
redis_num_cache_clusters = 3

# Public hosted zone (created outside Terraform, shared by the environments) and this environment's host.
dns_zone_name = "taskforge.io"
host_name     = "app.taskforge.io"
# Who the browsers' push services (Apple's, Mozilla's, Google's) may contact about this server's Web Push
# traffic: the environment's own site; a mailbox the operators read (mailto:...) is the better contact.
vapid_subject = "https://app.taskforge.io"

# Staging owns the account-wide pieces when both environments share an account; set these
# to true when production lives in its own account.
create_ecr_repositories     = false
create_github_oidc_provider = false
github_environments         = ["production"]
