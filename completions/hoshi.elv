
use builtin;
use str;

set edit:completion:arg-completer[hoshi] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'hoshi'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'hoshi'= {
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --format 'Output format'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Scaffold a client repository (refuses to overwrite anything)'
            cand validate 'Check every client file against its schema and the format''s rules'
            cand status 'Score, star eligibility with every requirement, declared vs eligible, what to do next'
            cand diff 'What changed since the last review (the newest review tag reachable from HEAD)'
            cand review 'Record an accepted review as an annotated git tag on HEAD (never moves a tag)'
            cand history 'Level and score at each review tag, or at each commit that changed the client files'
            cand evidence 'Register, refresh, verify and list evidence files (`add`, `update`, `check`, `list`)'
            cand portfolio 'Every client under the paths in one table: declaration, score, reviews, evidence'
            cand ci 'What CI runs: validate, status, the diff against the last review (into the GitHub job summary), and the site for `site.audience`'
            cand site 'Build the static compliance site (ja/en pages, status.json, badge.svg) into a folder'
            cand sheet 'The Excel workbook round trip: `export` a workbook for the client to fill in, `import` it back (only changed values are written; problems are named by cell)'
            cand scs '★3 of the SCS scheme: `suggest` answers from the SECURITY ACTION answers (never answers by itself)'
            cand schema 'Write the JSON Schemas of the client files'
            cand completions 'Print a shell completion script (also in `completions/` of the source and release)'
            cand man 'Print a manual page (roff), e.g. `hoshi man | man -l -`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;init'= {
            cand --name 'The organisation''s name'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --scs 'Also add scs.yaml, the self-check of readiness for ★3 of the SCS scheme, with every criterion unanswered (works in an existing client too)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;validate'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;status'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;diff'= {
            cand --base 'Compare against this revision [default: the newest review tag reachable from HEAD]'
            cand --head 'Compare this revision [default: the working tree]'
            cand --fail-on 'Exit 1 on `regression` (the eligible level fell, a met requirement became unmet, or the total score fell) or on `answer` (any single answer got worse, even when the total rose); both may be given, comma-separated'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hoshi;review'= {
            cand --reviewer 'Who reviewed (written into the tag)'
            cand --date 'The review date [default: today]'
            cand -m 'The tag''s one-line summary [default: date, reviewer, level and score]'
            cand --message 'The tag''s one-line summary [default: date, reviewer, level and score]'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;history'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --commits 'One row per commit that changed the client folder instead of per review'
            cand --no-cache 'With --commits, evaluate every commit again instead of taking the summaries kept in hoshi''s cache folder by an earlier run'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;evidence'= {
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --format 'Output format'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was'
            cand update 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)'
            cand check 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem'
            cand list 'List the evidence with age, expiry and what cites it; flags items nothing cites'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;evidence;add'= {
            cand --id 'Id of the new item (e.g. EV-007); must not be in use'
            cand --title 'What the evidence shows'
            cand --visibility 'Widest audience whose site may show it'
            cand --collected-on 'When it was collected (YYYY-MM-DD) [default: today]'
            cand --valid-for-months 'Months it stays valid after collection (1–120)'
            cand --valid-until 'The last day it is valid (YYYY-MM-DD)'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;evidence;update'= {
            cand --collected-on 'When it was collected (YYYY-MM-DD) [default: today]'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;evidence;check'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;evidence;list'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;evidence;help'= {
            cand add 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was'
            cand update 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)'
            cand check 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem'
            cand list 'List the evidence with age, expiry and what cites it; flags items nothing cites'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;evidence;help;add'= {
        }
        &'hoshi;evidence;help;update'= {
        }
        &'hoshi;evidence;help;check'= {
        }
        &'hoshi;evidence;help;list'= {
        }
        &'hoshi;evidence;help;help'= {
        }
        &'hoshi;portfolio'= {
            cand --calendar 'Also write every due date (reviews, evidence expiry, improvement actions) as an iCalendar file'
            cand --remind-days 'How many days before each due date the calendar''s reminder fires (0: no reminder)'
            cand --site 'Also build a private dashboard into DIR, linking each client''s internal site (never publish it)'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --no-cache 'Evaluate every client again instead of taking the rows kept in hoshi''s cache folder for clients whose files are unchanged since a run the same day'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;ci'= {
            cand --out 'Folder to write the site into; replaced whole, and only if hoshi made it. It is what the workflow deploys, so it is built for `public` unless hoshi.yaml says `site.access_controlled: true`'
            cand --audience 'Who the deployed site is for; anything but `public` needs `site.access_controlled: true` [default: public]'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hoshi;site'= {
            cand --out 'Folder to write the site into; replaced whole, and only if hoshi made it'
            cand --audience 'Who the site is for [default: hoshi.yaml `site.audience`, else public]'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'hoshi;sheet'= {
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --format 'Output format'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
            cand export 'Write a workbook of the diagnosis and principles for the client to fill in with Excel'
            cand import 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;sheet;export'= {
            cand --out 'Where to write it [default: `<client>_自社診断_<date>.xlsx` in the current folder, never over an existing file]'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;sheet;import'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --dry-run 'Show what would change, write nothing'
            cand --theirs 'Where the repository changed a cell since the export too, take the workbook''s value'
            cand --ours 'Where the repository changed a cell since the export too, keep the repository''s'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;sheet;help'= {
            cand export 'Write a workbook of the diagnosis and principles for the client to fill in with Excel'
            cand import 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;sheet;help;export'= {
        }
        &'hoshi;sheet;help;import'= {
        }
        &'hoshi;sheet;help;help'= {
        }
        &'hoshi;scs'= {
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --format 'Output format'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
            cand suggest 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;scs;suggest'= {
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand --format 'Output format'
            cand --write 'Add the suggestions for criteria scs.yaml does not answer yet, marked `suggested: true` (they count as not answered until confirmed)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;scs;help'= {
            cand suggest 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;scs;help;suggest'= {
        }
        &'hoshi;scs;help;help'= {
        }
        &'hoshi;schema'= {
            cand --out 'Folder to write the schemas into (stdout when omitted)'
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;completions'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;man'= {
            cand --format 'Output format'
            cand --repo 'The client root: the folder holding hoshi.yaml'
            cand --lang 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]'
            cand --color 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)'
            cand -q 'Print only findings, no summary'
            cand --quiet 'Print only findings, no summary'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'hoshi;help'= {
            cand init 'Scaffold a client repository (refuses to overwrite anything)'
            cand validate 'Check every client file against its schema and the format''s rules'
            cand status 'Score, star eligibility with every requirement, declared vs eligible, what to do next'
            cand diff 'What changed since the last review (the newest review tag reachable from HEAD)'
            cand review 'Record an accepted review as an annotated git tag on HEAD (never moves a tag)'
            cand history 'Level and score at each review tag, or at each commit that changed the client files'
            cand evidence 'Register, refresh, verify and list evidence files (`add`, `update`, `check`, `list`)'
            cand portfolio 'Every client under the paths in one table: declaration, score, reviews, evidence'
            cand ci 'What CI runs: validate, status, the diff against the last review (into the GitHub job summary), and the site for `site.audience`'
            cand site 'Build the static compliance site (ja/en pages, status.json, badge.svg) into a folder'
            cand sheet 'The Excel workbook round trip: `export` a workbook for the client to fill in, `import` it back (only changed values are written; problems are named by cell)'
            cand scs '★3 of the SCS scheme: `suggest` answers from the SECURITY ACTION answers (never answers by itself)'
            cand schema 'Write the JSON Schemas of the client files'
            cand completions 'Print a shell completion script (also in `completions/` of the source and release)'
            cand man 'Print a manual page (roff), e.g. `hoshi man | man -l -`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'hoshi;help;init'= {
        }
        &'hoshi;help;validate'= {
        }
        &'hoshi;help;status'= {
        }
        &'hoshi;help;diff'= {
        }
        &'hoshi;help;review'= {
        }
        &'hoshi;help;history'= {
        }
        &'hoshi;help;evidence'= {
            cand add 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was'
            cand update 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)'
            cand check 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem'
            cand list 'List the evidence with age, expiry and what cites it; flags items nothing cites'
        }
        &'hoshi;help;evidence;add'= {
        }
        &'hoshi;help;evidence;update'= {
        }
        &'hoshi;help;evidence;check'= {
        }
        &'hoshi;help;evidence;list'= {
        }
        &'hoshi;help;portfolio'= {
        }
        &'hoshi;help;ci'= {
        }
        &'hoshi;help;site'= {
        }
        &'hoshi;help;sheet'= {
            cand export 'Write a workbook of the diagnosis and principles for the client to fill in with Excel'
            cand import 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first'
        }
        &'hoshi;help;sheet;export'= {
        }
        &'hoshi;help;sheet;import'= {
        }
        &'hoshi;help;scs'= {
            cand suggest 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself'
        }
        &'hoshi;help;scs;suggest'= {
        }
        &'hoshi;help;schema'= {
        }
        &'hoshi;help;completions'= {
        }
        &'hoshi;help;man'= {
        }
        &'hoshi;help;help'= {
        }
    ]
    $completions[$command]
}
