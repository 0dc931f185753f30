module "taskforge" {
  source = "../modules/taskforge"

  environment = var.environment
  tags        = var.tags

  vpc_cidr           = var.vpc_cidr
  availability_zones = var.availability_zones
  single_nat_gateway = var.single_nat_gateway

  cluster_version                      = var.cluster_version
  cluster_endpoint_public_access_cidrs = var.cluster_endpoint_public_access_cidrs
  node_instance_types                  = var.node_instance_types
  node_min_size                        = var.node_min_size
  node_max_size                        = var.node_max_size
  node_desired_size                    = var.node_desired_size

  db_instance_class        = var.db_instance_class
  db_multi_az              = var.db_multi_az
  db_backup_retention_days = var.db_backup_retention_days
  db_deletion_protection   = var.db_deletion_protection

  redis_node_type          = var.redis_node_type
  redis_num_cache_clusters = var.redis_num_cache_clusters

  dns_zone_name = var.dns_zone_name
  host_name     = var.host_name
  vapid_subject = var.vapid_subject

  create_ecr_repositories     = var.create_ecr_repositories
  create_github_oidc_provider = var.create_github_oidc_provider
  github_repository           = var.github_repository
  github_environments         = var.github_environments
}
