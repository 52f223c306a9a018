printf "%s" "outside" > ../outside.txt
