
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
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --format '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand -V '版を表示します'
            cand --version '版を表示します'
            cand init 'クライアントのリポジトリのひな形を作ります（既存のファイルは上書きしません）'
            cand validate 'すべてのクライアントファイルをスキーマと形式の規則で検査します'
            cand status '点数、各要件と星の判定、宣言と判定の比較、次にすることを示します'
            cand diff '直近の見直し（HEAD からたどれる最新の見直しタグ）からの変化を示します'
            cand review '確認した見直しを HEAD への注釈付き git タグとして記録します（タグは動かしません）'
            cand history '見直しタグごと、またはクライアントのファイルを変えたコミットごとの段階と点数を示します'
            cand evidence '証跡のファイルを登録・更新・確認・一覧します（add、update、check、list）'
            cand portfolio 'パスの下のすべてのクライアントを1つの表に: 宣言、点数、見直し、証跡'
            cand ci 'CI が実行するもの: 検査、状況、前回の見直しとの比較（GitHub のジョブの概要へ）、site.audience 向けのサイト'
            cand site '静的な公開サイト（日本語と英語のページ、status.json、badge.svg）をフォルダに作ります'
            cand sheet 'Excel のブックで回答をやり取りします（export、import）。YAML を開かないクライアント向け'
            cand scs 'SCS評価制度 ★3: `suggest` で SECURITY ACTION の回答から回答を提案します（自分では回答しません）'
            cand schema 'クライアントファイルの JSON Schema を書き出します'
            cand completions 'シェルの補完スクリプトを出力します（ソースとリリースの completions/ にもあります）'
            cand man 'man ページ（roff）を出力します。例: hoshi man | man -l -'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
        }
        &'hoshi;init'= {
            cand --name '組織の名称'
            cand --format '出力の形式: text'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --scs 'SCS評価制度 ★3 への準備状況を自己点検する scs.yaml も、すべて未回答で加えます（既存のクライアントでも使えます）'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;validate'= {
            cand --format '出力の形式: text、json、github'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;status'= {
            cand --format '出力の形式: text、json、github、markdown'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;diff'= {
            cand --base 'このリビジョンと比べます［既定: HEAD からたどれる最新の見直しタグ］'
            cand --head 'このリビジョンを比べます［既定: 作業フォルダ］'
            cand --fail-on '終了コード 1 にする条件: regression（条件を満たす段階が下がった、満たしていた条件が満たされなくなった、または合計点が下がった）、answer（合計点が上がっても、どれか1問の回答が悪くなった）。カンマで区切って両方も指定できます'
            cand --format '出力の形式: text、json、github、markdown'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;review'= {
            cand --reviewer '見直した人（タグに書き込みます）'
            cand --date '見直しの日付［既定: 今日］'
            cand -m 'タグの1行の要約［既定: 日付、見直した人、段階、点数］'
            cand --message 'タグの1行の要約［既定: 日付、見直した人、段階、点数］'
            cand --format '出力の形式: text、json'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;history'= {
            cand --format '出力の形式: text、json'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --commits '見直しごとではなく、クライアントのフォルダを変えたコミットごとに1行'
            cand --no-cache '--commits で、以前の実行が hoshi のキャッシュフォルダに残した要約を使わず、すべてのコミットを評価し直します'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;evidence'= {
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --format '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand add 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません'
            cand update '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません'
            cand check 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1'
            cand list '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
        }
        &'hoshi;evidence;add'= {
            cand --id '新しい証跡の ID（例: EV-007）。使われていないもの'
            cand --title '証跡が示すもの'
            cand --visibility '見せてよい最も広い公開範囲: public（誰でも）、partners（取引先）、internal（社内）［既定: internal］'
            cand --collected-on '集めた日（YYYY-MM-DD）［既定: 今日］'
            cand --valid-for-months '集めてから有効な月数（1〜120）'
            cand --valid-until '有効な最後の日（YYYY-MM-DD）'
            cand --format '出力の形式: text、json'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;evidence;update'= {
            cand --collected-on '集めた日（YYYY-MM-DD）［既定: 今日］'
            cand --format '出力の形式: text、json'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;evidence;check'= {
            cand --format '出力の形式: text、json、github'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;evidence;list'= {
            cand --format '出力の形式: text、json、markdown、csv'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;evidence;help'= {
            cand add 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません'
            cand update '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません'
            cand check 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1'
            cand list '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
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
            cand --calendar 'すべての期限（見直し、証跡の期限、改善計画）を iCalendar のファイルにも書き出します'
            cand --remind-days 'カレンダーの通知を各期限の何日前に出すか（0 なら通知なし）'
            cand --site '各クライアントの社内向けサイトへのリンクを並べた非公開のダッシュボードを DIR にも作ります（公開しないでください）'
            cand --format '出力の形式: text、json、markdown、csv'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --no-cache '同じ日の実行からファイルが変わっていないクライアントも、hoshi のキャッシュフォルダに残した行を使わずに評価し直します'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;ci'= {
            cand --out 'サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります。ワークフローが公開するものなので、hoshi.yaml に site.access_controlled: true とない限り public 向けに作ります［既定: _site］'
            cand --audience '公開するサイトを読む人: public（誰でも）、partners（取引先）、internal（社内）。public 以外には site.access_controlled: true が要ります［既定: public］'
            cand --format '出力の形式: text'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;site'= {
            cand --out 'サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります［既定: _site］'
            cand --audience 'サイトを読む人: public（誰でも）、partners（取引先）、internal（社内）［既定: hoshi.yaml の site.audience、なければ public］'
            cand --format '出力の形式: text、json'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;sheet'= {
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --format '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand export 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します'
            cand import '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
        }
        &'hoshi;sheet;export'= {
            cand --out '書き出す先［既定: 今いるフォルダの `<クライアント名>_自社診断_<日付>.xlsx`。既にあるファイルは上書きしません］'
            cand --format '出力の形式: text、json'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;sheet;import'= {
            cand --format '出力の形式: text、json'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --dry-run '何が変わるかを表示するだけで、何も書きません'
            cand --theirs '書き出した後にリポジトリ側でも変わったセルは、ブックの値を採ります'
            cand --ours '書き出した後にリポジトリ側でも変わったセルは、リポジトリの値を残します'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;sheet;help'= {
            cand export 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します'
            cand import '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
        }
        &'hoshi;sheet;help;export'= {
        }
        &'hoshi;sheet;help;import'= {
        }
        &'hoshi;sheet;help;help'= {
        }
        &'hoshi;scs'= {
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --format '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand suggest 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
        }
        &'hoshi;scs;suggest'= {
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand --format '出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの'
            cand --write 'scs.yaml がまだ回答していない評価基準に、提案を suggested: true として書き加えます（確かめるまで未回答として数えます）'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;scs;help'= {
            cand suggest 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
        }
        &'hoshi;scs;help;suggest'= {
        }
        &'hoshi;scs;help;help'= {
        }
        &'hoshi;schema'= {
            cand --out 'スキーマを書き出すフォルダ（省略すると標準出力）'
            cand --format '出力の形式: text'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;completions'= {
            cand --format '出力の形式: text'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;man'= {
            cand --format '出力の形式: text'
            cand --repo 'クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］'
            cand --lang 'メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］'
            cand --color '色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］'
            cand -q '指摘だけを表示し、要約を省きます'
            cand --quiet '指摘だけを表示し、要約を省きます'
            cand -h 'ヘルプを表示します（-h は要約、--help は詳細）'
            cand --help 'ヘルプを表示します（-h は要約、--help は詳細）'
        }
        &'hoshi;help'= {
            cand init 'クライアントのリポジトリのひな形を作ります（既存のファイルは上書きしません）'
            cand validate 'すべてのクライアントファイルをスキーマと形式の規則で検査します'
            cand status '点数、各要件と星の判定、宣言と判定の比較、次にすることを示します'
            cand diff '直近の見直し（HEAD からたどれる最新の見直しタグ）からの変化を示します'
            cand review '確認した見直しを HEAD への注釈付き git タグとして記録します（タグは動かしません）'
            cand history '見直しタグごと、またはクライアントのファイルを変えたコミットごとの段階と点数を示します'
            cand evidence '証跡のファイルを登録・更新・確認・一覧します（add、update、check、list）'
            cand portfolio 'パスの下のすべてのクライアントを1つの表に: 宣言、点数、見直し、証跡'
            cand ci 'CI が実行するもの: 検査、状況、前回の見直しとの比較（GitHub のジョブの概要へ）、site.audience 向けのサイト'
            cand site '静的な公開サイト（日本語と英語のページ、status.json、badge.svg）をフォルダに作ります'
            cand sheet 'Excel のブックで回答をやり取りします（export、import）。YAML を開かないクライアント向け'
            cand scs 'SCS評価制度 ★3: `suggest` で SECURITY ACTION の回答から回答を提案します（自分では回答しません）'
            cand schema 'クライアントファイルの JSON Schema を書き出します'
            cand completions 'シェルの補完スクリプトを出力します（ソースとリリースの completions/ にもあります）'
            cand man 'man ページ（roff）を出力します。例: hoshi man | man -l -'
            cand help 'このヘルプ、または指定したコマンドのヘルプを表示します'
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
            cand add 'クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません'
            cand update '登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません'
            cand check 'すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1'
            cand list '証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます'
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
            cand export 'クライアントが Excel で記入する、自社診断と5か条のブックを書き出します'
            cand import '記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します'
        }
        &'hoshi;help;sheet;export'= {
        }
        &'hoshi;help;sheet;import'= {
        }
        &'hoshi;help;scs'= {
            cand suggest 'SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません'
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
