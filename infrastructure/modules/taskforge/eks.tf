module "eks" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.0"

  cluster_name    = local.name
  cluster_version = var.cluster_version

  cluster_endpoint_private_access      = true
  cluster_endpoint_public_access       = var.cluster_endpoint_public_access
  cluster_endpoint_public_access_cidrs = var.cluster_endpoint_public_access_cidrs

  # Access entries only (no aws-auth ConfigMap); whoever runs `terraform apply` is cluster admin.
  authentication_mode                      = "API"
  enable_cluster_creator_admin_permissions = true
  enable_irsa                              = true

  vpc_id                   = module.vpc.vpc_id
  subnet_ids               = module.vpc.private_subnets
  control_plane_subnet_ids = module.vpc.private_subnets

  cluster_enabled_log_types              = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  cloudwatch_log_group_retention_in_days = 90

  cluster_addons = {
    # before_compute: the CNI (with the network policy agent) must be configured before nodes join,
    # so the NetworkPolicies of kubernetes/base are enforced from the first pod on.
    vpc-cni = {
      most_recent    = true
      before_compute = true
      configuration_values = jsonencode({
        enableNetworkPolicy = "true"
      })
    }
    coredns = {
      most_recent = true
    }
    kube-proxy = {
      most_recent = true
    }
    aws-ebs-csi-driver = {
      most_recent              = true
      service_account_role_arn = module.ebs_csi_irsa.iam_role_arn
    }
  }

  eks_managed_node_groups = {
    default = {
      ami_type       = "AL2023_x86_64_STANDARD"
      instance_types = var.node_instance_types
      capacity_type  = "ON_DEMAND"

      min_size     = var.node_min_size
      max_size     = var.node_max_size
      desired_size = var.node_desired_size

      update_config = {
        max_unavailable_percentage = 33
      }

      block_device_mappings = {
        root = {
          device_name = "/dev/xvda"
          ebs = {
            volume_size           = var.node_disk_size_gb
            volume_type           = "gp3"
            encrypted             = true
            delete_on_termination = true
          }
        }
      }
    }
  }

  access_entries = {
    # The GitHub Actions deploy role may only edit objects inside the app namespace.
    github_deploy = {
      principal_arn = module.github_deploy_role.arn

      policy_associations = {
        app_namespace = {
          policy_arn = "arn:${local.partition}:eks::aws:cluster-access-policy/AmazonEKSEditPolicy"
          access_scope = {
            type       = "namespace"
            namespaces = [var.app_namespace]
          }
        }
      }
    }
  }

  tags = local.tags
}

# Helm-installed controllers: AWS Load Balancer Controller, cluster autoscaler, metrics-server,
# external-dns and the External Secrets Operator. The LB controller uses the IRSA role of iam.tf;
# external-dns gets the add-on's own role, limited to the environment's hosted zone.
module "eks_blueprints_addons" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "aws-ia/eks-blueprints-addons/aws"
  version = "~> 1.0"

  cluster_name      = module.eks.cluster_name
  cluster_endpoint  = module.eks.cluster_endpoint
  cluster_version   = module.eks.cluster_version
  oidc_provider_arn = module.eks.oidc_provider_arn

  enable_aws_load_balancer_controller = true
  aws_load_balancer_controller = {
    service_account_name = local.lb_controller_service_account
    create_role          = false
    set = [
      {
        name  = "serviceAccount.annotations.eks\\.amazonaws\\.com/role-arn"
        value = module.lb_controller_irsa.iam_role_arn
      },
      {
        name  = "vpcId"
        value = module.vpc.vpc_id
      },
      {
        name  = "region"
        value = local.region
      },
    ]
  }

  enable_cluster_autoscaler = true
  enable_metrics_server     = true

  # Publishes the Ingress host (var.host_name) in the zone. txtOwnerId: staging and production
  # may share the zone, and each controller only touches the records it owns; the chart's
  # default policy (upsert-only) never deletes a record.
  enable_external_dns            = true
  external_dns_route53_zone_arns = [data.aws_route53_zone.this.arn]
  external_dns = {
    set = [
      {
        name  = "domainFilters[0]"
        value = var.dns_zone_name
      },
      {
        name  = "txtOwnerId"
        value = local.name
      },
    ]
  }

  # No AWS role for the controller itself: the SecretStore authenticates as ServiceAccount
  # taskforge/taskforge (auth.jwt.serviceAccountRef), whose role is module.secrets_reader_irsa.
  enable_external_secrets = true
  external_secrets = {
    create_role = false
  }

  tags = local.tags
}
