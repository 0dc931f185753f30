module "ecr" {
  #checkov:skip=CKV_TF_1:Registry module pinned to a major version with "~>" (project convention); the exact release is chosen at init and reviewed in the plan.
  source  = "terraform-aws-modules/ecr/aws"
  version = "~> 2.0"

  for_each = var.create_ecr_repositories ? local.ecr_repositories : toset([])

  repository_name                 = each.key
  repository_type                 = "private"
  repository_image_tag_mutability = "IMMUTABLE"
  repository_image_scan_on_push   = true
  # The account's AWS-managed ECR key rather than the per-environment key: the repositories
  # can be shared by both environments and must outlive either one. ECR uses KMS grants, so
  # pushers and pullers need no KMS permissions.
  repository_encryption_type = "KMS"

  # Push rights come from the deploy role's IAM policy (iam.tf), not from a repository policy.
  create_repository_policy = false
  attach_repository_policy = false

  create_lifecycle_policy = true
  repository_lifecycle_policy = jsonencode({
    rules = [
      {
        rulePriority = 1
        description  = "Expire untagged images after 7 days"
        selection = {
          tagStatus   = "untagged"
          countType   = "sinceImagePushed"
          countUnit   = "days"
          countNumber = 7
        }
        action = { type = "expire" }
      },
      {
        rulePriority = 2
        description  = "Keep the last ${var.ecr_keep_images} images (rollback targets)"
        selection = {
          tagStatus   = "any"
          countType   = "imageCountMoreThan"
          countNumber = var.ecr_keep_images
        }
        action = { type = "expire" }
      },
    ]
  })

  tags = local.tags
}
