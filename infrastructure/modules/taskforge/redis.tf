# A plain aws_elasticache_replication_group rather than the elasticache module: the encryption,
# auth and network settings then sit in this repository where checkov (run offline, without
# downloading modules) can verify them.

resource "random_password" "redis_auth_token" {
  # ElastiCache AUTH tokens: 16-128 printable characters without @, " or /.
  length  = 64
  special = false
}

resource "aws_security_group" "redis" {
  name_prefix = "${local.name}-redis-"
  description = "Redis for TaskForge ${var.environment}: reachable only from the EKS nodes"
  vpc_id      = module.vpc.vpc_id

  tags = merge(local.tags, { Name = "${local.name}-redis" })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "redis_from_nodes" {
  security_group_id            = aws_security_group.redis.id
  description                  = "Redis TLS from the EKS node security group (pods share it)"
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  referenced_security_group_id = module.eks.node_security_group_id

  tags = local.tags
}

resource "aws_elasticache_subnet_group" "redis" {
  name        = "${local.name}-redis"
  description = "Database subnets of TaskForge ${var.environment}"
  subnet_ids  = module.vpc.database_subnets

  tags = local.tags
}

resource "aws_elasticache_parameter_group" "redis" {
  name        = "${local.name}-redis7"
  description = "TaskForge ${var.environment} Redis 7"
  family      = "redis7"

  # Cache and rate-limit keys all carry TTLs: evict those first when memory runs out.
  parameter {
    name  = "maxmemory-policy"
    value = "volatile-lru"
  }

  tags = local.tags
}

resource "aws_cloudwatch_log_group" "redis_slow_log" {
  name              = "/aws/elasticache/${local.name}/slow-log"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.this.arn

  tags = local.tags
}

resource "aws_elasticache_replication_group" "redis" {
  replication_group_id = "${local.name}-redis"
  description          = "TaskForge ${var.environment} cache, rate limiter and revocation front"

  engine               = "redis"
  engine_version       = var.redis_engine_version
  node_type            = var.redis_node_type
  num_cache_clusters   = var.redis_num_cache_clusters
  port                 = 6379
  parameter_group_name = aws_elasticache_parameter_group.redis.name

  subnet_group_name  = aws_elasticache_subnet_group.redis.name
  security_group_ids = [aws_security_group.redis.id]

  # A replica in another AZ takes over when the primary fails (the app only loses its cache
  # for the seconds of the DNS switch; rate limits fall back to memory meanwhile).
  automatic_failover_enabled = true
  multi_az_enabled           = true

  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.this.arn
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth_token.result
  auth_token_update_strategy = "ROTATE"

  snapshot_retention_limit   = var.redis_snapshot_retention_days
  snapshot_window            = "01:00-02:00"
  maintenance_window         = "sun:04:30-sun:05:30"
  auto_minor_version_upgrade = true
  apply_immediately          = false

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.redis_slow_log.name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }

  tags = local.tags
}
