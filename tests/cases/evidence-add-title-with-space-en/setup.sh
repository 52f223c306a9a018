printf "%s" "scan" > evidence/new-scan.pdf
