
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
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, '版を表示します')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, '版を表示します')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'クライアントのリポジトリのひな形を作ります（既存のファイルは上書きしません）')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'すべてのクライアントファイルをスキーマと形式の規則で検査します')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, '点数、各要件と星の判定、宣言と判定の比較、次にすることを示します')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, '直近の見直し（HEAD からたどれる最新の見直しタグ）からの変化を示します')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, '確認した見直しを HEAD への注釈付き git タグとして記録します（タグは動かしません）')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, '見直しタグごと、またはクライアントのファイルを変えたコミットごとの段階と点数を示します')
            [CompletionResult]::new('evidence', 'evidence', [CompletionResultType]::ParameterValue, '証跡のファイルを登録・更新・確認・一覧します（add、update、check、list）')
            [CompletionResult]::new('portfolio', 'portfolio', [CompletionResultType]::ParameterValue, 'パスの下のすべてのクライアントを1つの表に: 宣言、点数、見直し、証跡')
            [CompletionResult]::new('ci', 'ci', [CompletionResultType]::ParameterValue, 'CI が実行するもの: 検査、状況、前回の見直しとの比較（GitHub のジョブの概要へ）、site.audience 向けのサイト')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, '静的な公開サイト（日本語と英語のページ、status.json、badge.svg）をフォルダに作ります')
            [CompletionResult]::new('sheet', 'sheet', [CompletionResultType]::ParameterValue, 'Excel のブックで回答をやり取りします（export、import）。YAML を開かないクライアント向け')
            [CompletionResult]::new('scs', 'scs', [CompletionResultType]::ParameterValue, 'SCS評価制度 ★3: `suggest` で SECURITY ACTION の回答から回答を提案します（自分では回答しません）')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'クライアントファイルの JSON Schema を書き出します')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'シェルの補完スクリプトを出力します（ソースとリリースの completions/ にもあります）')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'man ページ（roff）を出力します。例: hoshi man | man -l -')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
            break
        }
        'hoshi;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, '組織の名称')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--scs', '--scs', [CompletionResultType]::ParameterName, 'SCS評価制度 ★3 への準備状況を自己点検する scs.yaml も、すべて未回答で加えます（既存のクライアントでも使えます）')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;validate' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;status' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github、markdown')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;diff' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'このリビジョンと比べます［既定: HEAD からたどれる最新の見直しタグ］')
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'このリビジョンを比べます［既定: 作業フォルダ］')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, '終了コード 1 にする条件: regression（条件を満たす段階が下がった、満たしていた条件が満たされなくなった、または合計点が下がった）、answer（合計点が上がっても、どれか1問の回答が悪くなった）。カンマで区切って両方も指定できます')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github、markdown')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;review' {
            [CompletionResult]::new('--reviewer', '--reviewer', [CompletionResultType]::ParameterName, '見直した人（タグに書き込みます）')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, '見直しの日付［既定: 今日］')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'タグの1行の要約［既定: 日付、見直した人、段階、点数］')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'タグの1行の要約［既定: 日付、見直した人、段階、点数］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--commits', '--commits', [CompletionResultType]::ParameterName, '見直しごとではなく、クライアントのフォルダを変えたコミットごとに1行')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, '--commits で、以前の実行が hoshi のキャッシュフォルダに残した要約を使わず、すべてのコミットを評価し直します')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;evidence' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
            break
        }
        'hoshi;evidence;add' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, '新しい証跡の ID（例: EV-007）。使われていないもの')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, '証跡が示すもの')
            [CompletionResult]::new('--visibility', '--visibility', [CompletionResultType]::ParameterName, '見せてよい最も広い公開範囲: public（誰でも）、partners（取引先）、internal（社内）［既定: internal］')
            [CompletionResult]::new('--collected-on', '--collected-on', [CompletionResultType]::ParameterName, '集めた日（YYYY-MM-DD）［既定: 今日］')
            [CompletionResult]::new('--valid-for-months', '--valid-for-months', [CompletionResultType]::ParameterName, '集めてから有効な月数（1〜120）')
            [CompletionResult]::new('--valid-until', '--valid-until', [CompletionResultType]::ParameterName, '有効な最後の日（YYYY-MM-DD）')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;evidence;update' {
            [CompletionResult]::new('--collected-on', '--collected-on', [CompletionResultType]::ParameterName, '集めた日（YYYY-MM-DD）［既定: 今日］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;evidence;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;evidence;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、markdown、csv')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;evidence;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
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
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'すべての期限（見直し、証跡の期限、改善計画）を iCalendar のファイルにも書き出します')
            [CompletionResult]::new('--remind-days', '--remind-days', [CompletionResultType]::ParameterName, 'カレンダーの通知を各期限の何日前に出すか（0 なら通知なし）')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, '各クライアントの社内向けサイトへのリンクを並べた非公開のダッシュボードを DIR にも作ります（公開しないでください）')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、markdown、csv')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, '同じ日の実行からファイルが変わっていないクライアントも、hoshi のキャッシュフォルダに残した行を使わずに評価し直します')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;ci' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります。ワークフローが公開するものなので、hoshi.yaml に site.access_controlled: true とない限り public 向けに作ります［既定: _site］')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, '公開するサイトを読む人: public（誰でも）、partners（取引先）、internal（社内）。public 以外には site.access_controlled: true が要ります［既定: public］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;site' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります［既定: _site］')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'サイトを読む人: public（誰でも）、partners（取引先）、internal（社内）［既定: hoshi.yaml の site.audience、なければ public］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;sheet' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
            break
        }
        'hoshi;sheet;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, '書き出す先［既定: 今いるフォルダの `<クライアント名>_自社診断_<日付>.xlsx`。既にあるファイルは上書きしません］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;sheet;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, '何が変わるかを表示するだけで、何も書きません')
            [CompletionResult]::new('--theirs', '--theirs', [CompletionResultType]::ParameterName, '書き出した後にリポジトリ側でも変わったセルは、ブックの値を採ります')
            [CompletionResult]::new('--ours', '--ours', [CompletionResultType]::ParameterName, '書き出した後にリポジトリ側でも変わったセルは、リポジトリの値を残します')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;sheet;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
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
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
            break
        }
        'hoshi;scs;suggest' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'scs.yaml がまだ回答していない評価基準に、提案を suggested: true として書き加えます（確かめるまで未回答として数えます）')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;scs;help' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
            break
        }
        'hoshi;scs;help;suggest' {
            break
        }
        'hoshi;scs;help;help' {
            break
        }
        'hoshi;schema' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'スキーマを書き出すフォルダ（省略すると標準出力）')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;man' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '出力の形式: text')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, '指摘だけを表示し、要約を省きます')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'ヘルプを表示します（-h は要約、--help は詳細）')
            break
        }
        'hoshi;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'クライアントのリポジトリのひな形を作ります（既存のファイルは上書きしません）')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'すべてのクライアントファイルをスキーマと形式の規則で検査します')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, '点数、各要件と星の判定、宣言と判定の比較、次にすることを示します')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, '直近の見直し（HEAD からたどれる最新の見直しタグ）からの変化を示します')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, '確認した見直しを HEAD への注釈付き git タグとして記録します（タグは動かしません）')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, '見直しタグごと、またはクライアントのファイルを変えたコミットごとの段階と点数を示します')
            [CompletionResult]::new('evidence', 'evidence', [CompletionResultType]::ParameterValue, '証跡のファイルを登録・更新・確認・一覧します（add、update、check、list）')
            [CompletionResult]::new('portfolio', 'portfolio', [CompletionResultType]::ParameterValue, 'パスの下のすべてのクライアントを1つの表に: 宣言、点数、見直し、証跡')
            [CompletionResult]::new('ci', 'ci', [CompletionResultType]::ParameterValue, 'CI が実行するもの: 検査、状況、前回の見直しとの比較（GitHub のジョブの概要へ）、site.audience 向けのサイト')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, '静的な公開サイト（日本語と英語のページ、status.json、badge.svg）をフォルダに作ります')
            [CompletionResult]::new('sheet', 'sheet', [CompletionResultType]::ParameterValue, 'Excel のブックで回答をやり取りします（export、import）。YAML を開かないクライアント向け')
            [CompletionResult]::new('scs', 'scs', [CompletionResultType]::ParameterValue, 'SCS評価制度 ★3: `suggest` で SECURITY ACTION の回答から回答を提案します（自分では回答しません）')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'クライアントファイルの JSON Schema を書き出します')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'シェルの補完スクリプトを出力します（ソースとリリースの completions/ にもあります）')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'man ページ（roff）を出力します。例: hoshi man | man -l -')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'このヘルプ、または指定したコマンドのヘルプを表示します')
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます')
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
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します')
            break
        }
        'hoshi;help;sheet;export' {
            break
        }
        'hoshi;help;sheet;import' {
            break
        }
        'hoshi;help;scs' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません')
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
