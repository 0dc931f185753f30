data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  account_id  = data.aws_caller_identity.current.account_id
  bucket_name = var.state_bucket_name != "" ? var.state_bucket_name : "taskforge-tfstate-${local.account_id}-${var.aws_region}"

  tags = merge(var.tags, {
    Project   = "taskforge"
    Component = "terraform-state"
    ManagedBy = "terraform"
  })
}
