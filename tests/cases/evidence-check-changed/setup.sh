# Tampered: one byte appended after the hash was recorded.
printf x >> evidence/ev-004-training-attendance.csv
