# Line 6 saved as Shift_JIS (総務部 田中); everything before it is ASCII or UTF-8.
{ head -n 5 diagnosis.yaml; printf 'assessed_by: \x91\x8d\x96\xb1\x95\x94 \x93\x63\x92\x86\n'; tail -n +7 diagnosis.yaml; } > diagnosis.tmp
mv diagnosis.tmp diagnosis.yaml
