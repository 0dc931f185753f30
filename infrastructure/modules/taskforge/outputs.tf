output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc.vpc_id
}

output "private_subnet_ids" {
  description = "IDs of the private subnets (nodes, pods, internal load balancers)."
  value       = module.vpc.private_subnets
}

output "public_subnet_ids" {
  description = "IDs of the public subnets (internet-facing ALBs, NAT gateways)."
  value       = module.vpc.public_subnets
}

output "database_subnet_ids" {
  description = "IDs of the database subnets (RDS, ElastiCache)."
  value       = module.vpc.database_subnets
}

output "cluster_name" {
  description = "Name of the EKS cluster (aws eks update-kubeconfig --name ...)."
  value       = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "Endpoint of the EKS Kubernetes API."
  value       = module.eks.cluster_endpoint
}

output "cluster_certificate_authority_data" {
  description = "Base64-encoded CA certificate of the EKS cluster."
  value       = module.eks.cluster_certificate_authority_data
}

output "node_security_group_id" {
  description = "Security group of the EKS nodes, the only source allowed into RDS and Redis."
  value       = module.eks.node_security_group_id
}

output "db_endpoint_address" {
  description = "Hostname of the PostgreSQL instance (also DATABASE_HOST in kubernetes_environment)."
  value       = module.db.db_instance_address
}

output "db_master_user_secret_arn" {
  description = "ARN of the RDS-managed Secrets Manager secret with the master user name and password."
  value       = module.db.db_instance_master_user_secret_arn
}

output "redis_primary_endpoint" {
  description = "Primary endpoint of the Redis replication group, TLS on port 6379 (also REDIS_HOST in kubernetes_environment)."
  value       = aws_elasticache_replication_group.redis.primary_endpoint_address
}

output "app_secret_arn" {
  description = "ARN of taskforge/<env>/app (keys SECRET_KEY, JWT_SECRET_KEY)."
  value       = module.app_secret.secret_arn
}

output "redis_secret_arn" {
  description = "ARN of taskforge/<env>/redis (key auth_token)."
  value       = module.redis_secret.secret_arn
}

output "ecr_repository_urls" {
  description = "ECR repository URLs by name (empty when create_ecr_repositories is false)."
  value       = { for name, repo in module.ecr : name => repo.repository_url }
}

output "secrets_reader_role_arn" {
  description = "IAM role of ServiceAccount <app_namespace>/<app_service_account>, which the SecretStore authenticates as to read taskforge/<env>/* (also SECRETS_READER_ROLE_ARN in kubernetes_environment)."
  value       = module.secrets_reader_irsa.iam_role_arn
}

output "lb_controller_irsa_role_arn" {
  description = "IAM role ARN used by the AWS Load Balancer Controller."
  value       = module.lb_controller_irsa.iam_role_arn
}

output "github_deploy_role_arn" {
  description = "IAM role ARN for aws-actions/configure-aws-credentials in the deploy workflow."
  value       = module.github_deploy_role.arn
}

output "kms_key_arn" {
  description = "ARN of the environment's customer-managed KMS key."
  value       = aws_kms_key.this.arn
}

output "certificate_arn" {
  description = "ARN of the DNS-validated ACM certificate of host_name (also CERTIFICATE_ARN in kubernetes_environment)."
  value       = module.acm.acm_certificate_arn
}

output "waf_acl_arn" {
  description = "ARN of the regional WAF web ACL for the ALB (also WAF_ACL_ARN in kubernetes_environment)."
  value       = aws_wafv2_web_acl.this.arn
}

output "kubernetes_environment" {
  description = "The deploy values map of the Kubernetes manifests (region, VPC CIDR, host, ALB group, certificate, WAF ACL, secrets reader role, secret names and ARN, database and Redis hosts), as published in kubernetes_environment_parameter; input of kubernetes/write-environment.py."
  value       = local.kubernetes_environment
}

output "kubernetes_environment_parameter" {
  description = "Name of the SSM SecureString parameter holding kubernetes_environment as JSON (aws ssm get-parameter --with-decryption --name ...)."
  value       = aws_ssm_parameter.kubernetes_environment.name
}
