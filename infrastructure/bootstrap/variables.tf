variable "aws_region" {
  description = "Region of the state bucket and lock table (the region in envs/*/backend.hcl)."
  type        = string
  default     = "eu-west-1"
}

variable "state_bucket_name" {
  description = "Name of the Terraform state bucket; empty means taskforge-tfstate-<account id>-<region>, derived at plan time."
  type        = string
  default     = ""
}

variable "lock_table_name" {
  description = "Name of the DynamoDB table used for state locking (the dynamodb_table in envs/*/backend.hcl)."
  type        = string
  default     = "taskforge-terraform-locks"
}

variable "noncurrent_version_retention_days" {
  description = "Days an overwritten state version is kept before it expires."
  type        = number
  default     = 90
}

variable "tags" {
  description = "Extra tags merged into the common tag set."
  type        = map(string)
  default     = {}
}
