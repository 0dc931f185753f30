# cd infrastructure/stack && terraform init -reconfigure -backend-config=../envs/<env>/backend.hcl -backend-config="bucket=$BUCKET" (BUCKET: the state_bucket_name output of ../bootstrap)
key            = "taskforge/production/terraform.tfstate"
region         = "eu-west-1"
dynamodb_table = "taskforge-terraform-locks"
encrypt        = true
