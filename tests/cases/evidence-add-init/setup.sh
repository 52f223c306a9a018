printf "%s" "signed" > evidence/policy.pdf
