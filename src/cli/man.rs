//! `hoshi man [COMMAND]`: the manual pages (roff), generated from the CLI definition in
//! English or Japanese, with EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES sections that
//! clap_mangen does not write.

use clap::CommandFactory;

use crate::cli::{Config, ExitStatus, Format, emit, help_lang, unsupported};
use crate::error::Error;
use crate::lang::Lang;
use crate::text;

/// Every English page (the committed files in `docs/man/`); see [`pages_in`].
pub fn pages() -> Vec<(String, String)> {
    pages_in(Lang::En)
}

/// Every page in `lang`: `hoshi.1`, then `hoshi-COMMAND.1` for each visible command (and
/// `hoshi-COMMAND-SUBCOMMAND.1` below it), as (file name, roff). The Japanese ones are
/// committed in `docs/man/ja/`.
pub fn pages_in(lang: Lang) -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, path: &str, lang: Lang, out: &mut Vec<(String, String)>) {
        out.push(render(cmd.clone(), path, lang));
        for sub in cmd.get_subcommands() {
            if !sub.is_hide_set() && sub.get_name() != "help" {
                let p = format!("{path} {}", sub.get_name()).trim().to_owned();
                walk(sub, &p, lang, out);
            }
        }
    }
    // No `help` command: it has no page, so no page may name it. The Japanese command is
    // built while being translated, so the setting goes in before that.
    let cmd = crate::cli::Cli::command().disable_help_subcommand(true);
    let mut cmd = match lang {
        Lang::Ja => crate::cli::help_ja::localize(cmd),
        Lang::En => cmd,
    };
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "", lang, &mut out);
    out
}

/// Section names clap_mangen writes in English, in Japanese.
const JA_SECTIONS: &[(&str, &str)] = &[
    (".SH NAME", ".SH 名前"),
    (".SH SYNOPSIS", ".SH 書式"),
    (".SH DESCRIPTION", ".SH 説明"),
    (".SH OPTIONS", ".SH オプション"),
    (".SH VERSION", ".SH 版"),
];

fn render(cmd: clap::Command, path: &str, lang: Lang) -> (String, String) {
    let man = clap_mangen::Man::new(cmd).source(concat!("hoshi ", env!("CARGO_PKG_VERSION")));
    let mut roff = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = man.render(&mut roff);
    let mut page = String::from_utf8_lossy(&roff).into_owned();
    if lang == Lang::Ja {
        page = page
            .lines()
            .map(|line| {
                JA_SECTIONS
                    .iter()
                    .find(|(en, _)| line == *en)
                    .map_or(line, |(_, ja)| *ja)
            })
            .collect::<Vec<_>>()
            .join("\n");
        page.push('\n');
    }
    // The extra sections go before the version, the last section clap_mangen writes.
    let version = match lang {
        Lang::Ja => "\n.SH 版\n",
        Lang::En => "\n.SH VERSION\n",
    };
    let extra = extra_sections(path, lang);
    match page.find(version) {
        Some(at) => page.insert_str(at + 1, &extra),
        None => page.push_str(&extra),
    }
    (man.get_filename(), page)
}

/// Text for roff: backslashes and hyphens escaped, no line starting with a control character.
fn roff_text(s: &str) -> String {
    let s = s.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with(['.', '\'']) {
        format!("\\&{s}")
    } else {
        s
    }
}

/// A tagged paragraph: the tag in bold.
fn item(out: &mut String, tag: &str, body: &str) {
    out.push_str(&format!(
        ".TP\n\\fB{}\\fR\n{}\n",
        roff_text(tag),
        roff_text(body)
    ));
}

fn extra_sections(path: &str, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut out = String::new();

    out.push_str(if ja {
        ".SH 終了ステータス\n"
    } else {
        ".SH \"EXIT STATUS\"\n"
    });
    for (code, en, jp) in EXIT {
        item(&mut out, code, if ja { jp } else { en });
    }

    out.push_str(if ja {
        ".SH 環境変数\n"
    } else {
        ".SH ENVIRONMENT\n"
    });
    for (name, en, jp) in ENVIRONMENT {
        item(&mut out, name, if ja { jp } else { en });
    }

    out.push_str(if ja {
        ".SH ファイル\n"
    } else {
        ".SH FILES\n"
    });
    for (name, en, jp) in FILES {
        item(&mut out, name, if ja { jp } else { en });
    }

    let examples: Vec<&(&str, &str, &str, &str)> = EXAMPLES
        .iter()
        .filter(|(p, ..)| path.is_empty() || *p == path || p.starts_with(&format!("{path} ")))
        .collect();
    if !examples.is_empty() {
        out.push_str(if ja { ".SH 例\n" } else { ".SH EXAMPLES\n" });
        for (_, example, en, jp) in examples {
            out.push_str(&format!(
                ".PP\n{}\n.IP\n.nf\n{}\n.fi\n",
                roff_text(if ja { jp } else { en }),
                roff_text(example)
            ));
        }
    }
    out
}

/// (code, English, Japanese).
const EXIT: &[(&str, &str, &str)] = &[
    (
        "0",
        "Success: nothing at error severity.",
        "成功。エラーの重大度の指摘はありません。",
    ),
    (
        "1",
        "The files have errors, the declared level does not hold, a --fail-on gate tripped, or (evidence check) a file is missing, changed or expired.",
        "ファイルに誤りがある、宣言した段階が条件を満たさない、--fail-on の条件に当たった、または（evidence check）ファイルがない・変わった・期限切れ。",
    ),
    (
        "2",
        "hoshi could not do its job: a usage error, not a client folder, an unreadable file, a refusal to overwrite, or a git failure such as a shallow clone.",
        "実行できなかった: 使い方の誤り、クライアントのフォルダでない、読めないファイル、上書きの拒否、浅いクローンなどの git の失敗。",
    ),
];

const ENVIRONMENT: &[(&str, &str, &str)] = &[
    (
        "HOSHI_LANG",
        "ja or en: the language of messages, help and man pages when --lang is not given (before the language in hoshi.yaml).",
        "ja または en。--lang がないときのメッセージ・ヘルプ・man ページの言語（hoshi.yaml の language より優先）。",
    ),
    (
        "HOSHI_TODAY",
        "A date (YYYY-MM-DD) used as today: freshness, expiry, default dates. For tests and reproducible runs.",
        "今日として使う日付（YYYY-MM-DD）。鮮度、期限、既定の日付に使います。テストや再現のため。",
    ),
    (
        "NO_COLOR",
        "Set and not empty: no colour under --color auto.",
        "空でない値が設定されていれば、--color auto では色を付けません。",
    ),
    (
        "CLICOLOR_FORCE",
        "Set and not empty: colour under --color auto even when stdout is not a terminal (NO_COLOR wins).",
        "空でない値が設定されていれば、標準出力が端末でなくても --color auto で色を付けます（NO_COLOR が優先）。",
    ),
    (
        "GITHUB_ACTIONS",
        "true: hoshi ci writes GitHub annotations (::error file=…) for the findings.",
        "true なら、hoshi ci は指摘を GitHub の注釈（::error file=…）として書きます。",
    ),
    (
        "GITHUB_STEP_SUMMARY",
        "The job summary file that hoshi ci appends the review diff to (Markdown).",
        "hoshi ci が前回の見直しとの差分（Markdown）を追記するジョブの概要のファイル。",
    ),
];

const FILES: &[(&str, &str, &str)] = &[
    (
        "hoshi.yaml",
        "The organisation, the declaration made to IPA, review and site settings. Its folder is the client root (--repo).",
        "組織、IPA に行った宣言、見直しとサイトの設定。このファイルのあるフォルダがクライアントのフォルダ（--repo）です。",
    ),
    (
        "principles.yaml",
        "The five principles P1–P5.",
        "情報セキュリティ5か条 P1〜P5。",
    ),
    (
        "diagnosis.yaml",
        "The self-diagnosis: answers to Q1–Q25.",
        "自社診断: Q1〜Q25 の回答。",
    ),
    (
        "policy.yaml",
        "The basic security policy.",
        "情報セキュリティ基本方針。",
    ),
    (
        "evidence.yaml, evidence/",
        "The evidence register and its files.",
        "証跡の台帳とそのファイル。",
    ),
    (
        "scs.yaml",
        "Optional: the self-check of readiness for ★3 of the SCS scheme (draft requirements of 2026-03-27; not the official evaluation).",
        "任意: SCS評価制度 ★3 への準備状況の自己点検（2026-03-27 公表の要求事項案。公式な評価ではありません）。",
    ),
    (
        "theme/",
        "Optional overrides of the site's templates and stylesheet.",
        "サイトのテンプレートとスタイルシートを置き換えるファイル（任意）。",
    ),
    (
        "_site/",
        "Where hoshi site and hoshi ci write the site by default (only into a folder hoshi made: .hoshi-site).",
        "hoshi site と hoshi ci が既定でサイトを書き出すフォルダ（hoshi が作ったフォルダ、.hoshi-site のあるものに限る）。",
    ),
];

/// (command path, command line, English, Japanese). The main page shows them all.
const EXAMPLES: &[(&str, &str, &str, &str)] = &[
    (
        "sheet export",
        "hoshi sheet export --out minato.xlsx",
        "Write the workbook the client fills in with Excel:",
        "クライアントが Excel で記入するブックを書き出します:",
    ),
    (
        "sheet import",
        "hoshi sheet import minato.xlsx --dry-run",
        "Show what the filled-in workbook would change, writing nothing:",
        "記入されたブックで何が変わるかを、何も書かずに表示します:",
    ),
    (
        "scs suggest",
        "hoshi scs suggest --write",
        "Add suggestions for the ★3 criteria from the SECURITY ACTION answers, marked suggested (they count as not answered until confirmed):",
        "SECURITY ACTION の回答から ★3 の評価基準への提案を suggested として書き加えます（確かめるまで未回答として数えます）:",
    ),
    (
        "init",
        "hoshi init minato --name 株式会社みなと精工",
        "Start a client in a new folder (claims nothing yet):",
        "新しいフォルダでクライアントを始めます（まだ何も宣言しません）:",
    ),
    (
        "validate",
        "hoshi validate --repo clients/minato",
        "Check a client's files; every mistake with its file, line and column:",
        "クライアントのファイルを検査します。誤りをファイル・行・列とともに示します:",
    ),
    (
        "status",
        "hoshi status --format json",
        "The score, the eligible star and the declaration, for a program:",
        "点数、条件を満たす星、宣言をプログラム向けに:",
    ),
    (
        "diff",
        "hoshi diff --format markdown --fail-on regression",
        "What changed since the last review, for a pull request, failing on a regression:",
        "前回の見直しからの変化をプルリクエスト向けに。後退があれば失敗します:",
    ),
    (
        "review",
        "hoshi review --reviewer \"佐藤 花子\" && git push origin --tags",
        "Record today's accepted review as a tag and publish it:",
        "今日の見直しをタグとして記録し、送ります:",
    ),
    (
        "history",
        "hoshi history --commits",
        "Level and score at every commit that changed the client:",
        "クライアントを変えたコミットごとの段階と点数:",
    ),
    (
        "evidence add",
        "hoshi evidence add evidence/backup-log.pdf --id EV-007 --title \"バックアップの記録\" --valid-for-months 12",
        "Register a file as evidence, valid for a year:",
        "ファイルを1年間有効な証跡として登録します:",
    ),
    (
        "evidence update",
        "hoshi evidence update EV-001 --collected-on 2026-11-20",
        "Record that a registered file was collected again (its sha256 is computed anew):",
        "登録済みのファイルを集め直したことを記録します（sha256 は計算し直します）:",
    ),
    (
        "evidence check",
        "hoshi evidence check",
        "Verify every evidence file and its expiry:",
        "すべての証跡ファイルと有効期限を確かめます:",
    ),
    (
        "evidence list",
        "hoshi evidence list --format csv > evidence.csv",
        "The evidence as a spreadsheet:",
        "証跡を表計算ソフト向けに:",
    ),
    (
        "portfolio",
        "hoshi portfolio ~/clients --calendar due.ics",
        "Every client in one table, and every due date for a calendar:",
        "すべてのクライアントを1つの表に、すべての期限をカレンダーに:",
    ),
    (
        "ci",
        "hoshi ci --out _site",
        "What the client workflow runs:",
        "クライアントのワークフローが実行するもの:",
    ),
    (
        "site",
        "hoshi site --audience partners --out partners-site",
        "The site for business partners:",
        "取引先向けのサイト:",
    ),
    (
        "schema",
        "hoshi schema --out .hoshi/schema",
        "Write the JSON Schemas for an editor:",
        "エディター向けに JSON Schema を書き出します:",
    ),
    (
        "completions",
        "hoshi completions bash > ~/.local/share/bash-completion/completions/hoshi",
        "Install the bash completion:",
        "bash の補完を入れます:",
    ),
    (
        "man",
        "HOSHI_LANG=ja hoshi man status | man -l -",
        "Read a page in Japanese:",
        "日本語のページを読みます:",
    ),
];

pub(super) fn run(cfg: &Config, command: &[String]) -> Result<ExitStatus, Error> {
    if let Some(format) = cfg.format.filter(|f| *f != Format::Text) {
        return Err(unsupported("man", format));
    }
    let wanted = if command.is_empty() {
        "hoshi.1".to_owned()
    } else {
        format!("hoshi-{}.1", command.join("-"))
    };
    let pages = pages_in(help_lang(cfg));
    let Some((_, roff)) = pages.iter().find(|(name, _)| *name == wanted) else {
        let known: Vec<String> = pages
            .iter()
            .filter_map(|(name, _)| name.strip_prefix("hoshi-")?.strip_suffix(".1"))
            .map(|name| name.replace('-', " "))
            .collect();
        let known = known.join(", ");
        let c = command.join(" ");
        return Err(Error::Usage(text!(
            "「{c}」というコマンドはありません（{known}）",
            "no command named {c:?} (one of: {known})"
        )));
    };
    emit(roff)?;
    Ok(ExitStatus::Ok)
}
