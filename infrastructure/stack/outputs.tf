output "cluster_name" {
  description = "EKS cluster name."
  value       = module.taskforge.cluster_name
}

output "cluster_endpoint" {
  description = "EKS API endpoint."
  value       = module.taskforge.cluster_endpoint
}

output "vpc_id" {
  description = "VPC ID."
  value       = module.taskforge.vpc_id
}

output "db_endpoint_address" {
  description = "PostgreSQL hostname."
  value       = module.taskforge.db_endpoint_address
}

output "db_master_user_secret_arn" {
  description = "ARN of the RDS-managed master user secret."
  value       = module.taskforge.db_master_user_secret_arn
}

output "redis_primary_endpoint" {
  description = "Redis primary endpoint (TLS)."
  value       = module.taskforge.redis_primary_endpoint
}

output "app_secret_arn" {
  description = "ARN of taskforge/<env>/app (SECRET_KEY, JWT_SECRET_KEY)."
  value       = module.taskforge.app_secret_arn
}

output "redis_secret_arn" {
  description = "ARN of taskforge/<env>/redis (auth_token)."
  value       = module.taskforge.redis_secret_arn
}

output "ecr_repository_urls" {
  description = "ECR repository URLs by name."
  value       = module.taskforge.ecr_repository_urls
}

output "secrets_reader_role_arn" {
  description = "IRSA role of ServiceAccount taskforge/taskforge, used by the SecretStore to read taskforge/<env>/*."
  value       = module.taskforge.secrets_reader_role_arn
}

output "lb_controller_irsa_role_arn" {
  description = "IRSA role ARN of the AWS Load Balancer Controller."
  value       = module.taskforge.lb_controller_irsa_role_arn
}

output "github_deploy_role_arn" {
  description = "Role ARN for the deploy workflow (GitHub environment variable AWS_DEPLOY_ROLE_ARN)."
  value       = module.taskforge.github_deploy_role_arn
}

output "certificate_arn" {
  description = "ACM certificate of host_name."
  value       = module.taskforge.certificate_arn
}

output "waf_acl_arn" {
  description = "WAF web ACL for the ALB."
  value       = module.taskforge.waf_acl_arn
}

output "kubernetes_environment" {
  description = "Deploy values map of the Kubernetes manifests (input of kubernetes/write-environment.py)."
  value       = module.taskforge.kubernetes_environment
}

output "kubernetes_environment_parameter" {
  description = "SSM SecureString parameter holding kubernetes_environment as JSON; read by the deploy workflow and make kubernetes-environment."
  value       = module.taskforge.kubernetes_environment_parameter
}
