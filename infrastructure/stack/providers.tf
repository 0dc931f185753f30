provider "aws" {
  region = var.aws_region
}

# The Helm and Kubernetes providers reach the cluster this configuration creates, with a
# short-lived token from the caller's AWS credentials (no kubeconfig, no static token).
provider "kubernetes" {
  host                   = module.taskforge.cluster_endpoint
  cluster_ca_certificate = base64decode(module.taskforge.cluster_certificate_authority_data)

  exec {
    api_version = "client.authentication.k8s.io/v1beta1"
    command     = "aws"
    args        = ["eks", "get-token", "--cluster-name", module.taskforge.cluster_name, "--region", var.aws_region]
  }
}

provider "helm" {
  kubernetes {
    host                   = module.taskforge.cluster_endpoint
    cluster_ca_certificate = base64decode(module.taskforge.cluster_certificate_authority_data)

    exec {
      api_version = "client.authentication.k8s.io/v1beta1"
      command     = "aws"
      args        = ["eks", "get-token", "--cluster-name", module.taskforge.cluster_name, "--region", var.aws_region]
    }
  }
}
