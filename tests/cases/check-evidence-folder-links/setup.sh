# outside/ is a symlinked folder that leads out of the client folder; inside/ is one that
# stays in it. Each path is judged by where it really ends, whatever its depth.
mkdir ../elsewhere
cp evidence/ev-002-antimalware-license.txt ../elsewhere/
ln -s ../elsewhere outside
ln -s evidence inside
