mkfifo evidence/pipe
