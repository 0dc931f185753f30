terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }

  # Local state on purpose: this configuration creates the remote state backend itself.
  # Keep terraform.tfstate of this directory out of git (see infrastructure/README.md).
}
