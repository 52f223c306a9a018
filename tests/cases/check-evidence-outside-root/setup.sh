# license.txt is a symlink that leads out of the client folder.
echo 'not a client file' > ../outside.txt
ln -s ../outside.txt license.txt
