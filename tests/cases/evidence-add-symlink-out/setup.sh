printf "%s" "outside" > ../outside.txt
ln -s ../../outside.txt evidence/link.txt
