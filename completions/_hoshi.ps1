
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hoshi' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hoshi'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hoshi' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Scaffold a client repository (refuses to overwrite anything)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check every client file against its schema and the format''s rules')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Score, star eligibility with every requirement, declared vs eligible, what to do next')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed since the last review (the newest review tag reachable from HEAD)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record an accepted review as an annotated git tag on HEAD (never moves a tag)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Level and score at each review tag, or at each commit that changed the client files')
            [CompletionResult]::new('evidence', 'evidence', [CompletionResultType]::ParameterValue, 'Register, refresh, verify and list evidence files (`add`, `update`, `check`, `list`)')
            [CompletionResult]::new('portfolio', 'portfolio', [CompletionResultType]::ParameterValue, 'Every client under the paths in one table: declaration, score, reviews, evidence')
            [CompletionResult]::new('ci', 'ci', [CompletionResultType]::ParameterValue, 'What CI runs: validate, status, the diff against the last review (into the GitHub job summary), and the site for `site.audience`')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Build the static compliance site (ja/en pages, status.json, badge.svg) into a folder')
            [CompletionResult]::new('sheet', 'sheet', [CompletionResultType]::ParameterValue, 'The Excel workbook round trip: `export` a workbook for the client to fill in, `import` it back (only changed values are written; problems are named by cell)')
            [CompletionResult]::new('scs', 'scs', [CompletionResultType]::ParameterValue, '★3 of the SCS scheme: `suggest` answers from the SECURITY ACTION answers (never answers by itself)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write the JSON Schemas of the client files')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (also in `completions/` of the source and release)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff), e.g. `hoshi man | man -l -`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The organisation''s name')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--scs', '--scs', [CompletionResultType]::ParameterName, 'Also add scs.yaml, the self-check of readiness for ★3 of the SCS scheme, with every criterion unanswered (works in an existing client too)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;validate' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;status' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;diff' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'Compare against this revision [default: the newest review tag reachable from HEAD]')
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'Compare this revision [default: the working tree]')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 on `regression` (the eligible level fell, a met requirement became unmet, or the total score fell) or on `answer` (any single answer got worse, even when the total rose); both may be given, comma-separated')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hoshi;review' {
            [CompletionResult]::new('--reviewer', '--reviewer', [CompletionResultType]::ParameterName, 'Who reviewed (written into the tag)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The review date [default: today]')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'The tag''s one-line summary [default: date, reviewer, level and score]')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The tag''s one-line summary [default: date, reviewer, level and score]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--commits', '--commits', [CompletionResultType]::ParameterName, 'One row per commit that changed the client folder instead of per review')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'With --commits, evaluate every commit again instead of taking the summaries kept in hoshi''s cache folder by an earlier run')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;evidence' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the evidence with age, expiry and what cites it; flags items nothing cites')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;evidence;add' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Id of the new item (e.g. EV-007); must not be in use')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What the evidence shows')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, 'Widest audience whose site may show it')
            [CompletionResult]::new('--collected-on', '--collected-on', [CompletionResultType]::ParameterName, 'When it was collected (YYYY-MM-DD) [default: today]')
            [CompletionResult]::new('--valid-for-months', '--valid-for-months', [CompletionResultType]::ParameterName, 'Months it stays valid after collection (1–120)')
            [CompletionResult]::new('--valid-until', '--valid-until', [CompletionResultType]::ParameterName, 'The last day it is valid (YYYY-MM-DD)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;evidence;update' {
            [CompletionResult]::new('--collected-on', '--collected-on', [CompletionResultType]::ParameterName, 'When it was collected (YYYY-MM-DD) [default: today]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;evidence;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;evidence;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;evidence;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the evidence with age, expiry and what cites it; flags items nothing cites')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;evidence;help;add' {
            break
        }
        'hoshi;evidence;help;update' {
            break
        }
        'hoshi;evidence;help;check' {
            break
        }
        'hoshi;evidence;help;list' {
            break
        }
        'hoshi;evidence;help;help' {
            break
        }
        'hoshi;portfolio' {
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'Also write every due date (reviews, evidence expiry, improvement actions) as an iCalendar file')
            [CompletionResult]::new('--remind-days', '--remind-days', [CompletionResultType]::ParameterName, 'How many days before each due date the calendar''s reminder fires (0: no reminder)')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'Also build a private dashboard into DIR, linking each client''s internal site (never publish it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Evaluate every client again instead of taking the rows kept in hoshi''s cache folder for clients whose files are unchanged since a run the same day')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;ci' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write the site into; replaced whole, and only if hoshi made it. It is what the workflow deploys, so it is built for `public` unless hoshi.yaml says `site.access_controlled: true`')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Who the deployed site is for; anything but `public` needs `site.access_controlled: true` [default: public]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hoshi;site' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write the site into; replaced whole, and only if hoshi made it')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Who the site is for [default: hoshi.yaml `site.audience`, else public]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'hoshi;sheet' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a workbook of the diagnosis and principles for the client to fill in with Excel')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;sheet;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write it [default: `<client>_自社診断_<date>.xlsx` in the current folder, never over an existing file]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;sheet;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('--theirs', '--theirs', [CompletionResultType]::ParameterName, 'Where the repository changed a cell since the export too, take the workbook''s value')
            [CompletionResult]::new('--ours', '--ours', [CompletionResultType]::ParameterName, 'Where the repository changed a cell since the export too, keep the repository''s')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;sheet;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a workbook of the diagnosis and principles for the client to fill in with Excel')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;sheet;help;export' {
            break
        }
        'hoshi;sheet;help;import' {
            break
        }
        'hoshi;sheet;help;help' {
            break
        }
        'hoshi;scs' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;scs;suggest' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'Add the suggestions for criteria scs.yaml does not answer yet, marked `suggested: true` (they count as not answered until confirmed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;scs;help' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;scs;help;suggest' {
            break
        }
        'hoshi;scs;help;help' {
            break
        }
        'hoshi;schema' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write the schemas into (stdout when omitted)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;man' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The client root: the folder holding hoshi.yaml')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages [default: HOSHI_LANG, else hoshi.yaml `language`, else ja]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour everything hoshi prints, help included (`auto`: NO_COLOR turns it off, CLICOLOR_FORCE on, else a terminal decides)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings, no summary')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'hoshi;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Scaffold a client repository (refuses to overwrite anything)')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check every client file against its schema and the format''s rules')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Score, star eligibility with every requirement, declared vs eligible, what to do next')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed since the last review (the newest review tag reachable from HEAD)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record an accepted review as an annotated git tag on HEAD (never moves a tag)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Level and score at each review tag, or at each commit that changed the client files')
            [CompletionResult]::new('evidence', 'evidence', [CompletionResultType]::ParameterValue, 'Register, refresh, verify and list evidence files (`add`, `update`, `check`, `list`)')
            [CompletionResult]::new('portfolio', 'portfolio', [CompletionResultType]::ParameterValue, 'Every client under the paths in one table: declaration, score, reviews, evidence')
            [CompletionResult]::new('ci', 'ci', [CompletionResultType]::ParameterValue, 'What CI runs: validate, status, the diff against the last review (into the GitHub job summary), and the site for `site.audience`')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Build the static compliance site (ja/en pages, status.json, badge.svg) into a folder')
            [CompletionResult]::new('sheet', 'sheet', [CompletionResultType]::ParameterValue, 'The Excel workbook round trip: `export` a workbook for the client to fill in, `import` it back (only changed values are written; problems are named by cell)')
            [CompletionResult]::new('scs', 'scs', [CompletionResultType]::ParameterValue, '★3 of the SCS scheme: `suggest` answers from the SECURITY ACTION answers (never answers by itself)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write the JSON Schemas of the client files')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (also in `completions/` of the source and release)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff), e.g. `hoshi man | man -l -`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'hoshi;help;init' {
            break
        }
        'hoshi;help;validate' {
            break
        }
        'hoshi;help;status' {
            break
        }
        'hoshi;help;diff' {
            break
        }
        'hoshi;help;review' {
            break
        }
        'hoshi;help;history' {
            break
        }
        'hoshi;help;evidence' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a file inside the client folder: compute its sha256 and append an entry to evidence.yaml, leaving every byte already there as it was')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Refresh a registered file: compute its sha256 again and set a new collected_on, changing only those values in evidence.yaml (and file, when another file is named)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify every evidence file (exists, unchanged sha256) and its expiry; exit 1 on a problem')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the evidence with age, expiry and what cites it; flags items nothing cites')
            break
        }
        'hoshi;help;evidence;add' {
            break
        }
        'hoshi;help;evidence;update' {
            break
        }
        'hoshi;help;evidence;check' {
            break
        }
        'hoshi;help;evidence;list' {
            break
        }
        'hoshi;help;portfolio' {
            break
        }
        'hoshi;help;ci' {
            break
        }
        'hoshi;help;site' {
            break
        }
        'hoshi;help;sheet' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a workbook of the diagnosis and principles for the client to fill in with Excel')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a filled-in workbook back into diagnosis.yaml and principles.yaml, changing only the values that changed; prints the diff first')
            break
        }
        'hoshi;help;sheet;export' {
            break
        }
        'hoshi;help;sheet;import' {
            break
        }
        'hoshi;help;scs' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Suggest answers for the ★3 criteria from the SECURITY ACTION answers; never answers by itself')
            break
        }
        'hoshi;help;scs;suggest' {
            break
        }
        'hoshi;help;schema' {
            break
        }
        'hoshi;help;completions' {
            break
        }
        'hoshi;help;man' {
            break
        }
        'hoshi;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
