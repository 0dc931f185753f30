terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
    # The Web Push (VAPID) key: an ECDSA P-256 key generated into the state, like the random_passwords.
    tls = {
      source  = "hashicorp/tls"
      version = "~> 4.0"
    }
    # The blueprints add-ons install Helm charts; configured by the calling root module.
    helm = {
      source  = "hashicorp/helm"
      version = "~> 2.12"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.27"
    }
  }
}
