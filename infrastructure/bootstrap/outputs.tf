output "state_bucket_name" {
  description = "Name of the state bucket: pass it to `terraform init -backend-config=\"bucket=...\"` in envs/*."
  value       = aws_s3_bucket.state.id
}

output "lock_table_name" {
  description = "Name of the DynamoDB lock table (dynamodb_table in envs/*/backend.hcl)."
  value       = aws_dynamodb_table.locks.name
}

output "state_kms_key_arn" {
  description = "ARN of the KMS key encrypting the state bucket and lock table."
  value       = aws_kms_key.state.arn
}
