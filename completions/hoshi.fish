# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hoshi_global_optspecs
    string join \n repo= lang= color= q/quiet format= h/help V/version
end

function __fish_hoshi_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hoshi_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hoshi_using_subcommand
    set -l cmd (__fish_hoshi_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hoshi -n "__fish_hoshi_needs_command" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_needs_command" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_needs_command" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_needs_command" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_needs_command" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_needs_command" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_needs_command" -s V -l version -d 'Print version'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "init" -d 'Scaffold a client repository (refuses to overwrite anything)'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "validate" -d 'Check every client file against its schema and the format\'s rules'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "status" -d 'Score, star eligibility with every requirement, declared vs eligible, what to do next'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "diff" -d 'What changed since the last review (the newest review tag reachable from HEAD)'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "review" -d 'Record an accepted review as an annotated git tag on HEAD (never moves a tag)'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "history" -d 'Level and score at each review tag, or at each commit that changed the client files'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "evidence" -d 'Register, refresh, verify and list evidence files (`add`, `update`, `check`, `list`)'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "portfolio" -d 'Every client under the paths in one table: declaration, score, reviews, evidence'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "ci" -d 'What CI runs: validate, status, the diff against the last review (into the GitHub job summary), and the site for `site.audience`'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "site" -d 'Build the static compliance site (ja/en pages, status.json, badge.svg) into a folder'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "sheet" -d 'The Excel workbook round trip: `export` a workbook for the client to fill in, `import` it back (only changed values are written; problems are named by cell)'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "scs" -d '★3 of the SCS scheme: `suggest` answers from the SECURITY ACTION answers (never answers by itself)'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "schema" -d 'Write the JSON Schemas of the client files'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "completions" -d 'Print a shell completion script (also in `completions/` of the source and release)'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "man" -d 'Print a manual page (roff), e.g. `hoshi man | man -l -`'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l name -d 'The organisation\'s name' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l format -d 'Output format' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l scs -d 'Also add scs.yaml, the self-check of readiness for ★3 of the SCS scheme, with every criterion unanswered (works in an existing client too)'
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''
markdown\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l base -d 'Compare against this revision [default: the newest review tag reachable from HEAD]' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l head -d 'Compare this revision [default: the working tree]' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l fail-on -d 'Exit 1 on `regression` (the eligible level fell, a met requirement became unmet, or the total score fell) or on `answer` (any single answer got worse, even when the total rose); both may be given, comma-separated' -r -f -a "regression\t'The eligible level fell, a met requirement became unmet, or the total score fell'
answer\t'Any single answer got worse (fewer points), even when the total rose'"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''
markdown\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l reviewer -d 'Who reviewed (written into the tag)' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l date -d 'The review date [default: today]' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -s m -l message -d 'The tag\'s one-line summary [default: date, reviewer, level and score]' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l commits -d 'One row per commit that changed the client folder instead of per review'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l no-cache -d 'With --commits, evaluate every commit again instead of taking the summaries kept in hoshi\'s cache folder by an earlier run'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "add" -d 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "update" -d 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "check" -d 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "list" -d 'List the evidence with age, expiry and what cites it; flags items nothing cites'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l id -d 'Id of the new item (e.g. EV-007); must not be in use' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l title -d 'What the evidence shows' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l visibility -d 'Widest audience whose site may show it' -r -f -a "public\t''
partners\t''
internal\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l collected-on -d 'When it was collected (YYYY-MM-DD) [default: today]' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l valid-for-months -d 'Months it stays valid after collection (1–120)' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l valid-until -d 'The last day it is valid (YYYY-MM-DD)' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l collected-on -d 'When it was collected (YYYY-MM-DD) [default: today]' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "text\t''
json\t''
markdown\t''
csv\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "update" -d 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "check" -d 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the evidence with age, expiry and what cites it; flags items nothing cites'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l calendar -d 'Also write every due date (reviews, evidence expiry, improvement actions) as an iCalendar file' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l remind-days -d 'How many days before each due date the calendar\'s reminder fires (0: no reminder)' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l site -d 'Also build a private dashboard into DIR, linking each client\'s internal site (never publish it)' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l format -d 'Output format' -r -f -a "text\t''
json\t''
markdown\t''
csv\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l no-cache -d 'Evaluate every client again instead of taking the rows kept in hoshi\'s cache folder for clients whose files are unchanged since a run the same day'
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l out -d 'Folder to write the site into; replaced whole, and only if hoshi made it. It is what the workflow deploys, so it is built for `public` unless hoshi.yaml says `site.access_controlled: true`' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l audience -d 'Who the deployed site is for; anything but `public` needs `site.access_controlled: true` [default: public]' -r -f -a "public\t'Anyone: organisation, declaration, review, the policy, public evidence'
partners\t'Business partners: adds the diagnosis, principles, partners\' evidence and history'
internal\t'The company itself: adds notes, improvement actions, internal evidence, findings'"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l format -d 'Output format' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l out -d 'Folder to write the site into; replaced whole, and only if hoshi made it' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l audience -d 'Who the site is for [default: hoshi.yaml `site.audience`, else public]' -r -f -a "public\t'Anyone: organisation, declaration, review, the policy, public evidence'
partners\t'Business partners: adds the diagnosis, principles, partners\' evidence and history'
internal\t'The company itself: adds notes, improvement actions, internal evidence, findings'"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -f -a "export" -d 'Write a workbook of the diagnosis and principles for the client to fill in with Excel'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -f -a "import" -d 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l out -d 'Where to write it [default: `<client>_自社診断_<date>.xlsx` in the current folder, never over an existing file]' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would change, write nothing'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l theirs -d 'Where the repository changed a cell since the export too, take the workbook\'s value'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l ours -d 'Where the repository changed a cell since the export too, keep the repository\'s'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a workbook of the diagnosis and principles for the client to fill in with Excel'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -f -a "suggest" -d 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l format -d 'Output format' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l write -d 'Add the suggestions for criteria scs.yaml does not answer yet, marked `suggested: true` (they count as not answered until confirmed)'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l out -d 'Folder to write the schemas into (stdout when omitted)' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l format -d 'Output format' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l format -d 'Output format' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l format -d 'Output format' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l repo -d 'The client root: the folder holding hoshi.yaml' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l lang -d 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l color -d 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -s q -l quiet -d 'Print only findings, no summary'
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -s h -l help -d 'Print help'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "init" -d 'Scaffold a client repository (refuses to overwrite anything)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "validate" -d 'Check every client file against its schema and the format\'s rules'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "status" -d 'Score, star eligibility with every requirement, declared vs eligible, what to do next'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "diff" -d 'What changed since the last review (the newest review tag reachable from HEAD)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "review" -d 'Record an accepted review as an annotated git tag on HEAD (never moves a tag)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "history" -d 'Level and score at each review tag, or at each commit that changed the client files'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "evidence" -d 'Register, refresh, verify and list evidence files (`add`, `update`, `check`, `list`)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "portfolio" -d 'Every client under the paths in one table: declaration, score, reviews, evidence'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "ci" -d 'What CI runs: validate, status, the diff against the last review (into the GitHub job summary), and the site for `site.audience`'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "site" -d 'Build the static compliance site (ja/en pages, status.json, badge.svg) into a folder'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "sheet" -d 'The Excel workbook round trip: `export` a workbook for the client to fill in, `import` it back (only changed values are written; problems are named by cell)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "scs" -d '★3 of the SCS scheme: `suggest` answers from the SECURITY ACTION answers (never answers by itself)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "schema" -d 'Write the JSON Schemas of the client files'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "completions" -d 'Print a shell completion script (also in `completions/` of the source and release)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "man" -d 'Print a manual page (roff), e.g. `hoshi man | man -l -`'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "add" -d 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "update" -d 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "check" -d 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "list" -d 'List the evidence with age, expiry and what cites it; flags items nothing cites'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from sheet" -f -a "export" -d 'Write a workbook of the diagnosis and principles for the client to fill in with Excel'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from sheet" -f -a "import" -d 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from scs" -f -a "suggest" -d 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself'
