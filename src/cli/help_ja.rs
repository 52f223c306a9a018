//! The command line in Japanese: the about and help text of every command and argument,
//! applied to the clap command at run time, and clap's own errors rendered in Japanese.
//! The English text stays where clap's derive puts it (the doc comments in `cli/`); this
//! file holds only the translations, as data.

use clap::Command;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Arguments that many commands have (global flags, clap's own): (id, help).
const SHARED: &[(&str, &str)] = &[
    (
        "repo",
        "クライアントのフォルダ（hoshi.yaml のあるフォルダ）［既定: .］",
    ),
    (
        "lang",
        "メッセージとヘルプの言語: ja、en［既定: HOSHI_LANG、なければ hoshi.yaml の language、なければ ja］",
    ),
    (
        "format",
        "出力の形式: text、json、github、markdown、csv のうちコマンドが対応するもの",
    ),
    (
        "color",
        "色を付けるか: auto、always、never［既定: auto。NO_COLOR と CLICOLOR_FORCE に従い、端末のときだけ色を付けます］",
    ),
    ("quiet", "指摘だけを表示し、要約を省きます"),
    ("help", "ヘルプを表示します（-h は要約、--help は詳細）"),
    ("version", "版を表示します"),
];

/// Per command (its path below `hoshi`, space-separated): the about, and its own arguments.
type Entry = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const COMMANDS: &[Entry] = &[
    (
        "",
        "IPA の SECURITY ACTION（★ / ★★）自己宣言をコードとして管理します",
        &[],
    ),
    (
        "init",
        "クライアントのリポジトリのひな形を作ります（既存のファイルは上書きしません）",
        &[
            ("dir", "クライアントを作るフォルダ［既定: .］"),
            ("name", "組織の名称"),
            (
                "scs",
                "SCS評価制度 ★3 への準備状況を自己点検する scs.yaml も、すべて未回答で加えます（既存のクライアントでも使えます）",
            ),
        ],
    ),
    (
        "validate",
        "すべてのクライアントファイルをスキーマと形式の規則で検査します",
        &[],
    ),
    (
        "status",
        "点数、各要件と星の判定、宣言と判定の比較、次にすることを示します",
        &[],
    ),
    (
        "diff",
        "直近の見直し（HEAD からたどれる最新の見直しタグ）からの変化を示します",
        &[
            (
                "base",
                "このリビジョンと比べます［既定: HEAD からたどれる最新の見直しタグ］",
            ),
            ("head", "このリビジョンを比べます［既定: 作業フォルダ］"),
            (
                "fail_on",
                "終了コード 1 にする条件: regression（条件を満たす段階が下がった、満たしていた条件が満たされなくなった、または合計点が下がった）、answer（合計点が上がっても、どれか1問の回答が悪くなった）。カンマで区切って両方も指定できます",
            ),
        ],
    ),
    (
        "review",
        "確認した見直しを HEAD への注釈付き git タグとして記録します（タグは動かしません）",
        &[
            ("reviewer", "見直した人（タグに書き込みます）"),
            ("date", "見直しの日付［既定: 今日］"),
            (
                "message",
                "タグの1行の要約［既定: 日付、見直した人、段階、点数］",
            ),
        ],
    ),
    (
        "history",
        "見直しタグごと、またはクライアントのファイルを変えたコミットごとの段階と点数を示します",
        &[
            (
                "commits",
                "見直しごとではなく、クライアントのフォルダを変えたコミットごとに1行",
            ),
            (
                "no_cache",
                "--commits で、以前の実行が hoshi のキャッシュフォルダに残した要約を使わず、すべてのコミットを評価し直します",
            ),
        ],
    ),
    (
        "evidence",
        "証跡のファイルを登録・更新・確認・一覧します（add、update、check、list）",
        &[],
    ),
    (
        "evidence update",
        "登録済みのファイルを更新します: sha256 を計算し直し、collected_on を新しくします。evidence.yaml のほかのバイトは変えません",
        &[
            ("id", "登録済みの証跡の ID（例: EV-001）"),
            (
                "file",
                "登録済みのファイルを置き換える新しいファイル（クライアントのフォルダ内）",
            ),
            ("collected_on", "集めた日（YYYY-MM-DD）［既定: 今日］"),
        ],
    ),
    (
        "evidence add",
        "クライアントのフォルダ内のファイルを登録します: sha256 を計算して evidence.yaml に追記し、既存のバイトは変えません",
        &[
            ("file", "登録するファイル（クライアントのフォルダ内）"),
            ("id", "新しい証跡の ID（例: EV-007）。使われていないもの"),
            ("title", "証跡が示すもの"),
            (
                "visibility",
                "見せてよい最も広い公開範囲: public（誰でも）、partners（取引先）、internal（社内）［既定: internal］",
            ),
            ("collected_on", "集めた日（YYYY-MM-DD）［既定: 今日］"),
            ("valid_for_months", "集めてから有効な月数（1〜120）"),
            ("valid_until", "有効な最後の日（YYYY-MM-DD）"),
        ],
    ),
    (
        "evidence check",
        "すべての証跡ファイル（存在、sha256 の一致）と有効期限を確かめます。問題があれば終了コード 1",
        &[],
    ),
    (
        "evidence list",
        "証跡を経過日数、有効期限、引用元とともに一覧し、どこからも引用されていないものに印を付けます",
        &[],
    ),
    (
        "sheet",
        "Excel のブックで回答をやり取りします（export、import）。YAML を開かないクライアント向け",
        &[],
    ),
    (
        "sheet export",
        "クライアントが Excel で記入する、自社診断と5か条のブックを書き出します",
        &[(
            "out",
            "書き出す先［既定: 今いるフォルダの `<クライアント名>_自社診断_<日付>.xlsx`。既にあるファイルは上書きしません］",
        )],
    ),
    (
        "sheet import",
        "記入されたブックを diagnosis.yaml と principles.yaml に読み戻し、変わった値だけを書き換えます。先に差分を表示します",
        &[
            ("file", "クライアントから戻ってきたブック"),
            ("dry_run", "何が変わるかを表示するだけで、何も書きません"),
            (
                "theirs",
                "書き出した後にリポジトリ側でも変わったセルは、ブックの値を採ります",
            ),
            (
                "ours",
                "書き出した後にリポジトリ側でも変わったセルは、リポジトリの値を残します",
            ),
        ],
    ),
    (
        "scs",
        "SCS評価制度 ★3: `suggest` で SECURITY ACTION の回答から回答を提案します（自分では回答しません）",
        &[],
    ),
    (
        "scs suggest",
        "SECURITY ACTION の回答から ★3 の評価基準への回答を提案します。自分では回答しません",
        &[(
            "write",
            "scs.yaml がまだ回答していない評価基準に、提案を suggested: true として書き加えます（確かめるまで未回答として数えます）",
        )],
    ),
    (
        "portfolio",
        "パスの下のすべてのクライアントを1つの表に: 宣言、点数、見直し、証跡",
        &[
            (
                "paths",
                "クライアント（hoshi.yaml のあるフォルダ）を探すフォルダ［既定: .］",
            ),
            (
                "calendar",
                "すべての期限（見直し、証跡の期限、改善計画）を iCalendar のファイルにも書き出します",
            ),
            (
                "remind_days",
                "カレンダーの通知を各期限の何日前に出すか（0 なら通知なし）",
            ),
            (
                "site",
                "各クライアントの社内向けサイトへのリンクを並べた非公開のダッシュボードを DIR にも作ります（公開しないでください）",
            ),
            (
                "no_cache",
                "同じ日の実行からファイルが変わっていないクライアントも、hoshi のキャッシュフォルダに残した行を使わずに評価し直します",
            ),
        ],
    ),
    (
        "ci",
        "CI が実行するもの: 検査、状況、前回の見直しとの比較（GitHub のジョブの概要へ）、site.audience 向けのサイト",
        &[
            (
                "out",
                "サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります。ワークフローが公開するものなので、hoshi.yaml に site.access_controlled: true とない限り public 向けに作ります［既定: _site］",
            ),
            (
                "audience",
                "公開するサイトを読む人: public（誰でも）、partners（取引先）、internal（社内）。public 以外には site.access_controlled: true が要ります［既定: public］",
            ),
        ],
    ),
    (
        "site",
        "静的な公開サイト（日本語と英語のページ、status.json、badge.svg）をフォルダに作ります",
        &[
            (
                "out",
                "サイトを書き出すフォルダ。丸ごと置き換えますが、hoshi が作ったものに限ります［既定: _site］",
            ),
            (
                "audience",
                "サイトを読む人: public（誰でも）、partners（取引先）、internal（社内）［既定: hoshi.yaml の site.audience、なければ public］",
            ),
        ],
    ),
    (
        "schema",
        "クライアントファイルの JSON Schema を書き出します",
        &[("out", "スキーマを書き出すフォルダ（省略すると標準出力）")],
    ),
    (
        "completions",
        "シェルの補完スクリプトを出力します（ソースとリリースの completions/ にもあります）",
        &[(
            "shell",
            "補完するシェル: bash、elvish、fish、powershell、zsh",
        )],
    ),
    (
        "man",
        "man ページ（roff）を出力します。例: hoshi man | man -l -",
        &[(
            "command",
            "ページを出すコマンド（例: status、evidence add）。省略すると hoshi のページ",
        )],
    ),
    (
        "help",
        "このヘルプ、または指定したコマンドのヘルプを表示します",
        &[("subcommand", "ヘルプを表示するコマンド")],
    ),
];

/// The help layout with Japanese headings (clap's own template spells them in English).
fn template() -> StyledStr {
    let heading = clap::builder::Styles::default().get_usage().to_owned();
    StyledStr::from(format!(
        "{{before-help}}{{about-with-newline}}\n{heading}使い方:{heading:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
}

/// The command with its help in Japanese. Built first, so that clap's own `--help`,
/// `--version` and `help` are there to translate, and the global flags are in every command.
pub(crate) fn localize(mut cmd: Command) -> Command {
    cmd.build();
    apply(cmd, String::new())
}

/// The entry for a command path. clap's `help` command (`hoshi help`, `hoshi evidence help`)
/// holds a copy of the commands beside it: `help evidence add` is `evidence add`.
fn entry(path: &str) -> Option<&'static Entry> {
    let words: Vec<&str> = path.split(' ').filter(|w| !w.is_empty()).collect();
    let key = match words.iter().rposition(|w| *w == "help") {
        Some(at) if at + 1 == words.len() => "help".to_owned(),
        Some(at) => words[..at]
            .iter()
            .chain(&words[at + 1..])
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
        None => words.join(" "),
    };
    COMMANDS.iter().find(|(p, ..)| *p == key)
}

fn apply(cmd: Command, path: String) -> Command {
    let (about, own) = entry(&path).map_or((None, &[][..]), |(_, about, own)| (Some(*about), *own));
    // `--format` names what this command writes.
    let format_help = entry(&path)
        .and_then(|(key, ..)| super::formats::of(key))
        .map(super::formats::help_ja);
    let mut cmd = cmd
        .help_template(template())
        .subcommand_help_heading("コマンド")
        .mut_args(|arg| {
            let id = arg.get_id().as_str().to_owned();
            if id == "format"
                && let Some(help) = &format_help
            {
                return arg
                    .help(help.clone())
                    .long_help(None)
                    .hide_possible_values(true)
                    .help_heading("オプション");
            }
            let Some(help) = own
                .iter()
                .chain(SHARED)
                .find(|(i, _)| *i == id)
                .map(|(_, h)| *h)
            else {
                return arg;
            };
            let heading = if arg.is_positional() {
                "引数"
            } else {
                "オプション"
            };
            arg.help(help)
                .long_help(None)
                .hide_default_value(true)
                .hide_possible_values(true)
                .help_heading(heading)
        });
    if let Some(about) = about {
        cmd = cmd.about(about).long_about(None);
    }
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        let sub_path = if path.is_empty() {
            name
        } else {
            format!("{path} {name}")
        };
        apply(sub, sub_path)
    })
}

/// The commands and arguments that have no Japanese text (the tests want none).
pub fn untranslated() -> Vec<String> {
    fn walk(cmd: &Command, path: &str, out: &mut Vec<String>) {
        let own = entry(path);
        if own.is_none() {
            out.push(format!("hoshi {path}").trim_end().to_owned());
        }
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = arg.get_id().as_str();
            let known = own.is_some_and(|(_, _, args)| args.iter().any(|(i, _)| *i == id))
                || SHARED.iter().any(|(i, _)| *i == id);
            if !known {
                out.push(format!("hoshi {path} --{id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            let p = if path.is_empty() {
                sub.get_name().to_owned()
            } else {
                format!("{path} {}", sub.get_name())
            };
            walk(sub, &p, out);
        }
    }
    let mut cmd = super::formats::restrict(<crate::cli::Cli as clap::CommandFactory>::command());
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "", &mut out);
    out
}

fn value(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join("、")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("、"),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// clap's error in Japanese, or `None` for the kinds that print help or the version (they
/// are already in the right language) and for kinds without a translation.
pub(crate) fn render_error(e: &clap::Error) -> Option<String> {
    let arg = || value(e, ContextKind::InvalidArg).unwrap_or_default();
    let given = || value(e, ContextKind::InvalidValue).unwrap_or_default();
    let head = match e.kind() {
        ErrorKind::UnknownArgument => format!("不明な引数「{}」", arg()),
        ErrorKind::InvalidSubcommand => format!(
            "不明なコマンド「{}」",
            value(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => {
            let valid = value(e, ContextKind::ValidValue)
                .map(|v| format!("（使える値: {v}）"))
                .unwrap_or_default();
            if given().is_empty() {
                format!("{} に値がありません{valid}", arg())
            } else {
                format!("{} に使えない値「{}」{valid}", arg(), given())
            }
        }
        ErrorKind::ValueValidation => format!("{} の値「{}」が正しくありません", arg(), given()),
        ErrorKind::MissingRequiredArgument => format!("必須の引数がありません: {}", arg()),
        ErrorKind::ArgumentConflict => {
            let prior = value(e, ContextKind::PriorArg).unwrap_or_default();
            if prior == arg() {
                format!("{} は1回しか指定できません", arg())
            } else {
                format!("{} と {prior} は一緒に指定できません", arg())
            }
        }
        ErrorKind::TooManyValues => format!("{} に値「{}」は多すぎます", arg(), given()),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("{} の値の数が違います", arg())
        }
        ErrorKind::NoEquals => format!("{} には = で値を付けます", arg()),
        ErrorKind::MissingSubcommand => format!(
            "コマンドを指定してください（{}）",
            value(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        _ => return None,
    };
    let mut out = format!("エラー: {head}\n");
    let suggestion = value(e, ContextKind::SuggestedArg)
        .or_else(|| value(e, ContextKind::SuggestedSubcommand))
        .or_else(|| value(e, ContextKind::SuggestedValue));
    if let Some(s) = suggestion {
        out.push_str(&format!("\n  ヒント: 「{s}」のことですか？\n"));
    }
    if let Some(usage) = value(e, ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage
            .strip_prefix("Usage:")
            .or_else(|| usage.strip_prefix("使い方:"))
            .unwrap_or(usage)
            .trim();
        out.push_str(&format!("\n使い方: {usage}\n"));
    }
    out.push_str("\n詳しくは「--help」を付けて実行してください。\n");
    Some(out)
}
