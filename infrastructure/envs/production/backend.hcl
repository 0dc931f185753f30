# terraform init -backend-config=backend.hcl -backend-config="bucket=<state_bucket_name output of ../../bootstrap>"
key            = "taskforge/production/terraform.tfstate"
region         = "eu-west-1"
dynamodb_table = "taskforge-terraform-locks"
encrypt        = true
