# The portfolio of tests/fixtures/portfolio.sh.
bash "$(dirname "$0")/../../fixtures/portfolio.sh"
