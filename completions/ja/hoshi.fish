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

complete -c hoshi -n "__fish_hoshi_needs_command" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_needs_command" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_needs_command" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_needs_command" -l format -d '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_needs_command" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_needs_command" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_needs_command" -s V -l version -d '版を表示します'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "init" -d 'クライアントのリポジトリのひな形を作ります（既存のファイルは上書きしません）'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "validate" -d 'すべてのクライアントファイルをスキーマと形式の規則で検査します'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "status" -d '点数、各要件と星の判定、宣言と判定の比較、次にすることを示します'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "diff" -d '直近の見直し（HEAD からたどれる最新の見直しタグ）からの変化を示します'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "review" -d '確認した見直しを HEAD への注釈付き git タグとして記録します（タグは動かしません）'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "history" -d '見直しタグごと、またはクライアントのファイルを変えたコミットごとの段階と点数を示します'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "evidence" -d '証跡のファイルを登録・更新・確認・一覧します（add、update、check、list）'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "portfolio" -d 'パスの下のすべてのクライアントを1つの表に: 宣言、点数、見直し、証跡'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "ci" -d 'CI が実行するもの: 検査、状況、前回の見直しとの比較（GitHub のジョブの概要へ）、site.audience 向けのサイト'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "site" -d '静的な公開サイト（日本語と英語のページ、status.json、badge.svg）をフォルダに作ります'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "sheet" -d 'Excel のブックで回答をやり取りします（export、import）。YAML を開かないクライアント向け'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "scs" -d 'SCS評価制度 ★3: `suggest` で SECURITY ACTION の回答から回答を提案します（自分では回答しません）'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "schema" -d 'クライアントファイルの JSON Schema を書き出します'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "completions" -d 'シェルの補完スクリプトを出力します（ソースとリリースの completions/ にもあります）'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "man" -d 'man ページ（roff）を出力します。例: hoshi man | man -l -'
complete -c hoshi -n "__fish_hoshi_needs_command" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l name -d '組織の名称' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l format -d '出力の形式: text' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -l scs -d 'SCS評価制度 ★3 への準備状況を自己点検する scs.yaml も、すべて未回答で加えます（既存のクライアントでも使えます）'
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand init" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l format -d '出力の形式: text、json、github' -r -f -a "text\t''
json\t''
github\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand validate" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l format -d '出力の形式: text、json、github、markdown' -r -f -a "text\t''
json\t''
github\t''
markdown\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand status" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l base -d 'このリビジョンと比べます［既定: HEAD からたどれる最新の見直しタグ］' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l head -d 'このリビジョンを比べます［既定: 作業フォルダ］' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l fail-on -d '終了コード 1 にする条件: regression（条件を満たす段階が下がった、満たしていた条件が満たされなくなった、または合計点が下がった）、answer（合計点が上がっても、どれか1問の回答が悪くなった）。カンマで区切って両方も指定できます' -r -f -a "regression\t'The eligible level fell, a met requirement became unmet, or the total score fell'
answer\t'Any single answer got worse (fewer points), even when the total rose'"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l format -d '出力の形式: text、json、github、markdown' -r -f -a "text\t''
json\t''
github\t''
markdown\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand diff" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l reviewer -d '見直した人（タグに書き込みます）' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l date -d '見直しの日付［既定: 今日］' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -s m -l message -d 'タグの1行の要約［既定: 日付、見直した人、段階、点数］' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l format -d '出力の形式: text、json' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand review" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l format -d '出力の形式: text、json' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l commits -d '見直しごとではなく、クライアントのフォルダを変えたコミットごとに1行'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -l no-cache -d '--commits で、以前の実行が hoshi のキャッシュフォルダに残した要約を使わず、すべてのコミットを評価し直します'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand history" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -l format -d '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "add" -d 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "update" -d '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "check" -d 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "list" -d '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and not __fish_seen_subcommand_from add update check list help" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l id -d '新しい証跡の ID（例: EV-007）。使われていないもの' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l title -d '証跡が示すもの' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l visibility -d '見せてよい最も広い公開範囲: public（誰でも）、partners（取引先）、internal（社内）［既定: internal］' -r -f -a "public\t''
partners\t''
internal\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l collected-on -d '集めた日（YYYY-MM-DD）［既定: 今日］' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l valid-for-months -d '集めてから有効な月数（1〜120）' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l valid-until -d '有効な最後の日（YYYY-MM-DD）' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l format -d '出力の形式: text、json' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from add" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l collected-on -d '集めた日（YYYY-MM-DD）［既定: 今日］' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l format -d '出力の形式: text、json' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from update" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l format -d '出力の形式: text、json、github' -r -f -a "text\t''
json\t''
github\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from check" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l format -d '出力の形式: text、json、markdown、csv' -r -f -a "text\t''
json\t''
markdown\t''
csv\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from list" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "add" -d 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "update" -d '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "check" -d 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "list" -d '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます'
complete -c hoshi -n "__fish_hoshi_using_subcommand evidence; and __fish_seen_subcommand_from help" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l calendar -d 'すべての期限（見直し、証跡の期限、改善計画）を iCalendar のファイルにも書き出します' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l remind-days -d 'カレンダーの通知を各期限の何日前に出すか（0 なら通知なし）' -r
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l site -d '各クライアントの社内向けサイトへのリンクを並べた非公開のダッシュボードを DIR にも作ります（公開しないでください）' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l format -d '出力の形式: text、json、markdown、csv' -r -f -a "text\t''
json\t''
markdown\t''
csv\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -l no-cache -d '同じ日の実行からファイルが変わっていないクライアントも、hoshi のキャッシュフォルダに残した行を使わずに評価し直します'
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand portfolio" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l out -d 'サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります。ワークフローが公開するものなので、hoshi.yaml に site.access_controlled: true とない限り public 向けに作ります［既定: _site］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l audience -d '公開するサイトを読む人: public（誰でも）、partners（取引先）、internal（社内）。public 以外には site.access_controlled: true が要ります［既定: public］' -r -f -a "public\t'Anyone: organisation, declaration, review, the policy, public evidence'
partners\t'Business partners: adds the diagnosis, principles, partners\' evidence and history'
internal\t'The company itself: adds notes, improvement actions, internal evidence, findings'"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l format -d '出力の形式: text' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand ci" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l out -d 'サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります［既定: _site］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l audience -d 'サイトを読む人: public（誰でも）、partners（取引先）、internal（社内）［既定: hoshi.yaml の site.audience、なければ public］' -r -f -a "public\t'Anyone: organisation, declaration, review, the policy, public evidence'
partners\t'Business partners: adds the diagnosis, principles, partners\' evidence and history'
internal\t'The company itself: adds notes, improvement actions, internal evidence, findings'"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l format -d '出力の形式: text、json' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand site" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -l format -d '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -f -a "export" -d 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -f -a "import" -d '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and not __fish_seen_subcommand_from export import help" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l out -d '書き出す先［既定: 今いるフォルダの `<クライアント名>_自社診断_<日付>.xlsx`。既にあるファイルは上書きしません］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l format -d '出力の形式: text、json' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from export" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l format -d '出力の形式: text、json' -r -f -a "text\t''
json\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l dry-run -d '何が変わるかを表示するだけで、何も書きません'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l theirs -d '書き出した後にリポジトリ側でも変わったセルは、ブックの値を採ります'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -l ours -d '書き出した後にリポジトリ側でも変わったセルは、リポジトリの値を残します'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from import" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from help" -f -a "export" -d 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from help" -f -a "import" -d '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand sheet; and __fish_seen_subcommand_from help" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -l format -d '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -f -a "suggest" -d 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and not __fish_seen_subcommand_from suggest help" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l format -d '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの' -r -f -a "text\t''
json\t''
github\t''
markdown\t''
csv\t'Comma-separated values (RFC 4180), for tables: `portfolio`, `evidence list`'"
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -l write -d 'scs.yaml がまだ回答していない評価基準に、提案を suggested: true として書き加えます（確かめるまで未回答として数えます）'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from suggest" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません'
complete -c hoshi -n "__fish_hoshi_using_subcommand scs; and __fish_seen_subcommand_from help" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l out -d 'スキーマを書き出すフォルダ（省略すると標準出力）' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l format -d '出力の形式: text' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand schema" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l format -d '出力の形式: text' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand completions" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l format -d '出力の形式: text' -r -f -a "text\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l repo -d 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］' -r -F
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l lang -d 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］' -r -f -a "ja\t''
en\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -l color -d '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］' -r -f -a "auto\t''
always\t''
never\t''"
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -s q -l quiet -d '指摘だけを表示し、要約を省きます'
complete -c hoshi -n "__fish_hoshi_using_subcommand man" -s h -l help -d 'ヘルプを表示します（-h は要約、--help は詳細）'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "init" -d 'クライアントのリポジトリのひな形を作ります（既存のファイルは上書きしません）'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "validate" -d 'すべてのクライアントファイルをスキーマと形式の規則で検査します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "status" -d '点数、各要件と星の判定、宣言と判定の比較、次にすることを示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "diff" -d '直近の見直し（HEAD からたどれる最新の見直しタグ）からの変化を示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "review" -d '確認した見直しを HEAD への注釈付き git タグとして記録します（タグは動かしません）'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "history" -d '見直しタグごと、またはクライアントのファイルを変えたコミットごとの段階と点数を示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "evidence" -d '証跡のファイルを登録・更新・確認・一覧します（add、update、check、list）'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "portfolio" -d 'パスの下のすべてのクライアントを1つの表に: 宣言、点数、見直し、証跡'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "ci" -d 'CI が実行するもの: 検査、状況、前回の見直しとの比較（GitHub のジョブの概要へ）、site.audience 向けのサイト'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "site" -d '静的な公開サイト（日本語と英語のページ、status.json、badge.svg）をフォルダに作ります'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "sheet" -d 'Excel のブックで回答をやり取りします（export、import）。YAML を開かないクライアント向け'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "scs" -d 'SCS評価制度 ★3: `suggest` で SECURITY ACTION の回答から回答を提案します（自分では回答しません）'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "schema" -d 'クライアントファイルの JSON Schema を書き出します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "completions" -d 'シェルの補完スクリプトを出力します（ソースとリリースの completions/ にもあります）'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "man" -d 'man ページ（roff）を出力します。例: hoshi man | man -l -'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and not __fish_seen_subcommand_from init validate status diff review history evidence portfolio ci site sheet scs schema completions man help" -f -a "help" -d 'このヘルプ、または指定したコマンドのヘルプを表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "add" -d 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "update" -d '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "check" -d 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from evidence" -f -a "list" -d '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from sheet" -f -a "export" -d 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from sheet" -f -a "import" -d '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します'
complete -c hoshi -n "__fish_hoshi_using_subcommand help; and __fish_seen_subcommand_from scs" -f -a "suggest" -d 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません'
