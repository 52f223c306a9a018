# A policy.yaml just over the 1 MiB limit (a huge comment line).
head -c 1100000 /dev/zero | tr '\0' '#' >> policy.yaml
