environment = "staging"
aws_region  = "eu-west-1"

availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]

vpc_cidr           = "10.20.0.0/16"
single_nat_gateway = true

cluster_version = "1.31"
# GitHub-hosted runners have no fixed egress range; the endpoint still requires IAM
# authentication plus an EKS access entry. Narrow this when deploying from fixed IPs.
cluster_endpoint_public_access_cidrs = ["0.0.0.0/0"]
node_instance_types                  = ["t3.large"]
node_min_size                        = 2
node_max_size                        = 4
node_desired_size                    = 2

db_instance_class        = "db.t4g.small"
db_multi_az              = false
db_backup_retention_days = 7
db_deletion_protection   = false

redis_node_type          = "cache.t4g.micro"
redis_num_cache_clusters = 2

# Public hosted zone (created outside Terraform, shared by the environments) and this environment's host.
dns_zone_name = "taskforge.io"
host_name     = "staging.taskforge.io"
# Who the browsers' push services (Apple's, Mozilla's, Google's) may contact about this server's Web Push
# traffic: the environment's own site; a mailbox the operators read (mailto:...) is the better contact.
vapid_subject = "https://staging.taskforge.io"

# Staging and production may share an account: staging owns the account-wide pieces.
create_ecr_repositories     = true
create_github_oidc_provider = true
github_environments         = ["staging"]
