//! `hoshi sheet export`: the client files as a workbook a client fills in with Excel.
//!
//! Identical files and export date give identical bytes: the workbook's creation time is
//! the export date, and nothing else depends on the clock.

use rust_xlsxwriter::{
    Color, ConditionalFormatCell, ConditionalFormatCellRule, DataValidation,
    DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder,
    Formula, ProtectionOptions, Workbook, Worksheet, XlsxError,
};
use unicode_width::UnicodeWidthStr;

use crate::error::Error;
use crate::evaluate::scoring;
use crate::lang::{Lang, Text};
use crate::model::catalogue;
use crate::sheet::{
    FORMAT_VERSION, Kind, META_SHEET, SCS_KEY, SheetId, a1, answer_labels, cell_digest, file_stem,
    label, p, q, s, scs_answer_labels, scs_evidence, scs_slots, scs_suggested, slots,
    status_labels, suggestion_label, summary, value_at,
};
use crate::text;
use crate::validate::client::Client;

/// The colours (background, text) of a chosen answer: done, in part, not done, unknown,
/// not applicable.
const GOOD: (u32, u32) = (0xC6EFCE, 0x006100);
const PART: (u32, u32) = (0xFFEB9C, 0x9C5700);
const BAD: (u32, u32) = (0xFFC7CE, 0x9C0006);
const UNKNOWN: (u32, u32) = (0xF8CBAD, 0x833C0B);
const NONE: (u32, u32) = (0xD9E1F2, 0x1F3864);

/// What to export.
pub struct Request<'a> {
    pub client: &'a Client,
    /// The workbook's language (the client's).
    pub lang: Lang,
    /// The export date (the workbook's creation date).
    pub date: jiff::civil::Date,
    /// The commit the files were read at, when the client is in git.
    pub commit: Option<String>,
}

/// A workbook ready to save.
pub struct Exported {
    pub bytes: Vec<u8>,
    /// The suggested file name: the client's name and the export date.
    pub file_name: String,
}

fn xlsx(e: XlsxError) -> Error {
    let shown = e.to_string();
    Error::Sheet(text!(
        "ブックを作れませんでした: {shown}",
        "could not build the workbook: {shown}"
    ))
}

/// The file name for a client and date: `株式会社みなと精工_自社診断_2026-11-26.xlsx`.
pub fn file_name(client: &Client, lang: Lang, date: jiff::civil::Date) -> String {
    let org = client.profile.as_ref().map(|p| &p.organization);
    let name = match (lang, org) {
        (Lang::En, Some(o)) => o.name_en.as_deref().unwrap_or(&o.name),
        (_, Some(o)) => &o.name,
        (_, None) => "client",
    };
    let what = if lang == Lang::Ja {
        "自社診断"
    } else {
        "self-diagnosis"
    };
    format!("{}_{what}_{date}.xlsx", file_stem(name))
}

/// Builds the workbook; the diagnosis, principles and hoshi.yaml must be valid.
pub fn export(req: &Request) -> Result<Exported, Error> {
    let c = req.client;
    let (Some(profile), Some(diagnosis), Some(_)) = (&c.profile, &c.diagnosis, &c.principles)
    else {
        return Err(Error::Sheet(text!(
            "hoshi.yaml・diagnosis.yaml・principles.yaml にエラーがあるため、ブックを書き出せません。`hoshi validate` で確認して直してください",
            "hoshi.yaml, diagnosis.yaml or principles.yaml has errors, so no workbook can be written; run `hoshi validate` and fix them"
        )));
    };
    if diagnosis.question_set != catalogue::QUESTION_SET {
        let set = &diagnosis.question_set;
        let known = catalogue::QUESTION_SET;
        return Err(Error::Sheet(text!(
            "設問セット {set} はこの hoshi では書き出せません（{known} のみ）",
            "question set {set} cannot be exported by this hoshi (only {known})"
        )));
    }
    let with_scs = scs_sheet(c)?;
    let lang = req.lang;
    let org = match lang {
        Lang::En => profile
            .organization
            .name_en
            .clone()
            .unwrap_or_else(|| profile.organization.name.clone()),
        Lang::Ja => profile.organization.name.clone(),
    };
    let b = Builder::new(lang);
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(req.date.year()).unwrap_or(2000),
        req.date.month() as u8,
        req.date.day() as u8,
    )
    .map_err(xlsx)?;
    let title = match lang {
        Lang::Ja => format!("{org} SECURITY ACTION 自社診断（{}）", req.date),
        Lang::En => format!("{org} SECURITY ACTION self-diagnosis ({})", req.date),
    };
    let mut props = DocProperties::new()
        .set_title(&title)
        .set_subject("SECURITY ACTION")
        .set_company(&org)
        .set_keywords(format!("{org}, {}", req.date))
        .set_comment(b.pick(
            "hoshi sheet export で書き出したブック。hoshi sheet import で取り込みます",
            "Written by hoshi sheet export; read back with hoshi sheet import",
        ))
        .set_creation_datetime(&created);
    if let Some(consultant) = &profile.consultant {
        props = props.set_author(&consultant.name);
    } else {
        props = props.set_author("hoshi");
    }
    wb.set_properties(&props);

    let values = Values::new(c, with_scs);
    b.instructions(wb.add_worksheet(), &org, req, profile, with_scs)?;
    b.questions(wb.add_worksheet(), &org, &values, req)?;
    b.principles(wb.add_worksheet(), &org, &values, req)?;
    b.evidence(wb.add_worksheet(), &org, c, req)?;
    b.summary(wb.add_worksheet(), &org, &values, c, req)?;
    if with_scs {
        b.scs(wb.add_worksheet(), &org, &values, c, req)?;
    }
    b.meta(wb.add_worksheet(), req, &values, with_scs)?;
    let bytes = wb.save_to_buffer().map_err(xlsx)?;
    Ok(Exported {
        bytes,
        file_name: file_name(c, lang, req.date),
    })
}

/// Whether the workbook gets the ★3 sheet: when the client has scs.yaml, which must then
/// be valid and of the requirements version this hoshi knows.
fn scs_sheet(c: &Client) -> Result<bool, Error> {
    use crate::model::files::FileKind;
    if c.readable(FileKind::Scs).is_none() && c.document(FileKind::Scs).is_none() {
        return Ok(false);
    }
    let Some(file) = &c.scs else {
        return Err(Error::Sheet(text!(
            "scs.yaml にエラーがあるため、ブックを書き出せません。`hoshi validate` で確認して直してください",
            "scs.yaml has errors, so no workbook can be written; run `hoshi validate` and fix them"
        )));
    };
    let known = crate::scs::scheme::SCHEME;
    if file.scheme != known {
        let set = &file.scheme;
        return Err(Error::Sheet(text!(
            "scs.yaml の要求事項の版 {set} はこの hoshi では書き出せません（{known} のみ）",
            "the requirements version {set} of scs.yaml cannot be exported by this hoshi (only {known})"
        )));
    }
    Ok(true)
}

/// The current value of every slot, by key.
struct Values {
    values: Vec<(String, Option<String>)>,
}

impl Values {
    fn new(c: &Client, with_scs: bool) -> Values {
        let extra = if with_scs { scs_slots() } else { Vec::new() };
        let values = slots()
            .into_iter()
            .chain(extra)
            .map(|s| {
                let v = c
                    .document(s.file)
                    .and_then(|d| value_at(&d.value, &s.pointer));
                (s.key, v)
            })
            .collect();
        Values { values }
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.as_deref())
    }
}

const HEADER_BG: u32 = 0x1F4E78;
const LOCKED_BG: u32 = 0xF2F2F2;
const BORDER: u32 = 0xBFBFBF;

struct Builder {
    lang: Lang,
    font: &'static str,
}

impl Builder {
    fn new(lang: Lang) -> Builder {
        Builder {
            lang,
            font: if lang == Lang::Ja {
                "游ゴシック"
            } else {
                "Calibri"
            },
        }
    }

    fn pick(&self, ja: &'static str, en: &'static str) -> &'static str {
        if self.lang == Lang::Ja { ja } else { en }
    }

    fn t<'a>(&self, t: &'a Text) -> &'a str {
        t.get(self.lang)
    }

    fn base(&self) -> Format {
        Format::new()
            .set_font_name(self.font)
            .set_font_size(10.5)
            .set_align(FormatAlign::Top)
    }

    fn header(&self) -> Format {
        self.base()
            .set_bold()
            .set_font_color(Color::White)
            .set_background_color(Color::RGB(HEADER_BG))
            .set_text_wrap()
            .set_align(FormatAlign::VerticalCenter)
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(BORDER))
    }

    /// A cell the client may not change: grey.
    fn locked(&self) -> Format {
        self.base()
            .set_text_wrap()
            .set_background_color(Color::RGB(LOCKED_BG))
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(BORDER))
    }

    /// A cell the client fills in: white, unlocked.
    fn input(&self) -> Format {
        self.base()
            .set_text_wrap()
            .set_unlocked()
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(BORDER))
    }

    fn date_input(&self) -> Format {
        self.input().set_num_format("yyyy/m/d")
    }

    fn title(&self) -> Format {
        self.base().set_bold().set_font_size(14)
    }

    /// A4, header and footer with the client's name, protected with no password.
    fn page(&self, ws: &mut Worksheet, org: &str, req: &Request, landscape: bool) {
        ws.set_paper_size(9);
        if landscape {
            ws.set_landscape();
        }
        ws.set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3);
        ws.set_print_fit_to_pages(1, 0);
        let header = format!("&L{}&R{}", escape_hf(org), req.date);
        ws.set_header(header);
        ws.set_footer("&L&A&R&P / &N");
        ws.protect_with_options(&ProtectionOptions {
            format_columns: true,
            format_rows: true,
            ..ProtectionOptions::default()
        });
    }

    fn instructions(
        &self,
        ws: &mut Worksheet,
        org: &str,
        req: &Request,
        profile: &crate::model::Profile,
        with_scs: bool,
    ) -> Result<(), Error> {
        ws.set_name(SheetId::Instructions.name(self.lang))
            .map_err(xlsx)?;
        self.page(ws, org, req, false);
        ws.set_column_width(0, 78).map_err(xlsx)?;
        let text = self.base().set_text_wrap();
        let bold = self.base().set_bold().set_text_wrap();
        let (q, pr, su) = (
            SheetId::Questions.name(self.lang),
            SheetId::Principles.name(self.lang),
            SheetId::Summary.name(self.lang),
        );
        let date = req.date;
        let mut lines: Vec<(String, &Format)> = Vec::new();
        let title = self.title();
        match self.lang {
            Lang::Ja => {
                lines.push(("SECURITY ACTION 自社診断 記入用ブック".into(), &title));
                lines.push((format!("{org} 様（{date} 書き出し）"), &bold));
                if let Some(c) = &profile.consultant {
                    let by = match &c.organization {
                        Some(o) => format!("担当: {}（{o}）", c.name),
                        None => format!("担当: {}", c.name),
                    };
                    lines.push((by, &text));
                }
                lines.push((String::new(), &text));
                lines.push(("記入のしかた".into(), &bold));
                for l in [
                    format!("1. 「{q}」シートの「回答」の列で、25問それぞれの回答をドロップダウンから選んでください（実施している・一部実施している・実施していない・わからない・該当しない）。"),
                    "2. 「一部実施している」「実施していない」と答えた設問には、「改善の取組み」「担当者」「期限」を書いてください。".into(),
                    "3. 「該当しない」と答えた設問には、「該当しない理由」を必ず書いてください（例: 無線LANを使っていない）。".into(),
                    format!("4. 「{pr}」シートで、情報セキュリティ5か条それぞれの取組み状況・内容・担当者を書いてください。"),
                    format!("5. 「{su}」シートで、診断日と回答者を書いてください。得点は回答に合わせて自動で計算されます。"),
                    "6. 灰色のセル（設問の文、推奨する対策など）は変更できません。行・列・シートの追加や削除、シート名の変更はしないでください。".into(),
                    "7. 保存したら、このファイルをそのまま担当者にメールで返送してください。".into(),
                ] {
                    lines.push((l, &text));
                }
                if with_scs {
                    let s3 = SheetId::Scs.name(self.lang);
                    lines.push((format!("・「{s3}」シートは SCS評価制度 ★3 への準備状況の自己点検です（公式な評価ではありません）。評価基準ごとに回答を選んでください。「提案（未確認）」の回答は、選び直して値を変えたときだけ確認済みになります。"), &text));
                }
                lines.push((String::new(), &text));
                lines.push(("ご注意".into(), &bold));
                for l in [
                    "・日付は 2026/4/1、2026-04-01、令和8年4月1日 のどの書き方でもかまいません。",
                    "・「わからない」は −1 点です。できるだけ実態を確かめてから回答してください。",
                    "・SECURITY ACTION は自己宣言の制度です。このブックの結果は IPA の認定や認証ではありません。",
                ] {
                    lines.push((l.into(), &text));
                }
            }
            Lang::En => {
                lines.push(("SECURITY ACTION self-diagnosis workbook".into(), &title));
                lines.push((format!("For {org} (exported {date})"), &bold));
                if let Some(c) = &profile.consultant {
                    let by = match &c.organization {
                        Some(o) => format!("Contact: {} ({o})", c.name),
                        None => format!("Contact: {}", c.name),
                    };
                    lines.push((by, &text));
                }
                lines.push((String::new(), &text));
                lines.push(("How to fill it in".into(), &bold));
                for l in [
                    format!("1. On the \"{q}\" sheet, pick an answer for each of the 25 questions from the drop-down in the Answer column."),
                    "2. For questions answered \"Partially implemented\" or \"Not implemented\", write the improvement action, its owner and a due date.".into(),
                    "3. For questions answered \"Not applicable\", always write the reason (e.g. no wireless LAN in use).".into(),
                    format!("4. On the \"{pr}\" sheet, give the status, what you do and the owner of each of the five principles."),
                    format!("5. On the \"{su}\" sheet, fill in the date and who answered. The score updates as you answer."),
                    "6. Grey cells (the questions, the recommended measures …) cannot be changed. Do not add or delete rows, columns or sheets, and do not rename sheets.".into(),
                    "7. Save the file and email it back as it is.".into(),
                ] {
                    lines.push((l, &text));
                }
                if with_scs {
                    let s3 = SheetId::Scs.name(self.lang);
                    lines.push((format!("• The \"{s3}\" sheet is a self-check of readiness for ★3 of the SCS scheme (not the official evaluation). Pick an answer for each criterion. An answer marked \"suggestion (unconfirmed)\" is confirmed only when you change its value."), &text));
                }
                lines.push((String::new(), &text));
                lines.push(("Notes".into(), &bold));
                for l in [
                    "• Dates may be written as 2026-04-01, 2026/4/1 or 令和8年4月1日.",
                    "• \"Don't know\" scores −1 point: find out where you can before answering.",
                    "• SECURITY ACTION is a self-declaration: this workbook is no certification by IPA or anyone else.",
                ] {
                    lines.push((l.into(), &text));
                }
            }
        }
        for (i, (line, format)) in lines.iter().enumerate() {
            let row = u32::try_from(i).unwrap_or(u32::MAX);
            ws.write_string_with_format(row, 0, line, format)
                .map_err(xlsx)?;
            ws.set_row_height(row, row_height(&[(line, 78.0)]))
                .map_err(xlsx)?;
        }
        Ok(())
    }

    fn questions(
        &self,
        ws: &mut Worksheet,
        org: &str,
        values: &Values,
        req: &Request,
    ) -> Result<(), Error> {
        let cat = catalogue::get();
        ws.set_name(SheetId::Questions.name(self.lang))
            .map_err(xlsx)?;
        self.page(ws, org, req, true);
        // Narrow enough that the ten columns print one A4 landscape page wide at about
        // 7 pt; long texts wrap into taller rows instead. The answer column holds
        // 一部実施している on one line, the due column a date.
        let widths = [5.0, 10.0, 27.0, 17.0, 17.0, 12.0, 17.0, 12.0, 12.5, 30.0];
        let headers: [(&str, &str); q::COUNT as usize] = [
            ("番号", "No."),
            ("部", "Part"),
            ("設問", "Question"),
            ("回答", "Answer"),
            ("メモ", "Note"),
            ("該当しない理由", "Reason (not applicable)"),
            ("改善の取組み", "Improvement action"),
            ("担当者", "Owner"),
            ("期限", "Due"),
            ("推奨する対策", "Recommended measure"),
        ];
        let header = self.header();
        for (col, ((ja, en), width)) in headers.iter().zip(widths).enumerate() {
            let col = u16::try_from(col).unwrap_or(0);
            ws.set_column_width(col, width).map_err(xlsx)?;
            ws.write_string_with_format(0, col, self.pick(ja, en), &header)
                .map_err(xlsx)?;
        }
        ws.set_row_height(0, 30).map_err(xlsx)?;
        let (locked, input, date) = (self.locked(), self.input(), self.date_input());
        for (i, question) in cat.questions.iter().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let id = &question.id;
            let part = cat
                .parts
                .iter()
                .find(|p| p.part == question.part)
                .map_or_else(String::new, |p| format!("{} {}", p.part, self.t(&p.title)));
            let question_text = self.t(&question.question);
            let measure = self.t(&question.measure);
            ws.write_string_with_format(row, q::ID, id, &locked)
                .map_err(xlsx)?;
            ws.write_string_with_format(row, q::PART, &part, &locked)
                .map_err(xlsx)?;
            ws.write_string_with_format(row, q::QUESTION, question_text, &locked)
                .map_err(xlsx)?;
            ws.write_string_with_format(row, q::MEASURE, measure, &locked)
                .map_err(xlsx)?;
            let mut heights = vec![
                (question_text.to_owned(), widths[2]),
                (measure.to_owned(), widths[9]),
                (part.clone(), widths[1]),
            ];
            for (field, col) in [
                ("answer", q::ANSWER),
                ("note", q::NOTE),
                ("reason", q::REASON),
                ("action", q::ACTION),
                ("owner", q::OWNER),
                ("due", q::DUE),
            ] {
                let v = values.get(&format!("{id}/{field}"));
                let shown = match field {
                    "answer" => v
                        .and_then(|v| label(Kind::Answer, v, self.lang))
                        .map(str::to_owned),
                    _ => v.map(str::to_owned),
                };
                if field == "due" {
                    self.write_date(ws, row, col, v, &date)?;
                    continue;
                }
                match &shown {
                    Some(s) => ws.write_string_with_format(row, col, s, &input),
                    None => ws.write_blank(row, col, &input),
                }
                .map_err(xlsx)?;
                if let Some(s) = shown {
                    heights.push((s, widths[usize::from(col)]));
                }
            }
            let refs: Vec<(&str, f64)> = heights.iter().map(|(s, w)| (s.as_str(), *w)).collect();
            ws.set_row_height(row, row_height(&refs)).map_err(xlsx)?;
        }
        let last = u32::try_from(cat.questions.len()).unwrap_or(25);
        let labels: Vec<&str> = answer_labels(self.lang)
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        self.choices(
            ws,
            last,
            q::ANSWER,
            &labels,
            &[GOOD, PART, BAD, UNKNOWN, NONE],
        )?;
        ws.set_freeze_panes(1, 1).map_err(xlsx)?;
        ws.set_repeat_rows(0, 0).map_err(xlsx)?;
        ws.set_selection(1, q::ANSWER, 1, q::ANSWER).map_err(xlsx)?;
        Ok(())
    }

    fn write_date(
        &self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: Option<&str>,
        format: &Format,
    ) -> Result<(), Error> {
        let date = value.and_then(|v| v.parse::<jiff::civil::Date>().ok());
        match date.and_then(|d| {
            ExcelDateTime::from_ymd(
                u16::try_from(d.year()).ok()?,
                d.month() as u8,
                d.day() as u8,
            )
            .ok()
        }) {
            Some(d) => ws.write_datetime_with_format(row, col, d, format),
            // A date hoshi cannot read as one stays text, as written.
            None => match value {
                Some(v) => ws.write_string_with_format(row, col, v, format),
                None => ws.write_blank(row, col, format),
            },
        }
        .map_err(xlsx)?;
        Ok(())
    }

    /// A drop-down of `labels` in rows 1..=`last` of column `col`, each label in its
    /// colours (background, text) when chosen.
    fn choices(
        &self,
        ws: &mut Worksheet,
        last: u32,
        col: u16,
        labels: &[&str],
        fills: &[(u32, u32)],
    ) -> Result<(), Error> {
        self.drop_down(ws, (1, last), col, labels)?;
        for (l, &(bg, fg)) in labels.iter().zip(fills) {
            let format = Format::new()
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(fg));
            let rule = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::EqualTo(*l))
                .set_format(format);
            ws.add_conditional_format(1, col, last, col, &rule)
                .map_err(xlsx)?;
        }
        Ok(())
    }

    fn drop_down(
        &self,
        ws: &mut Worksheet,
        (first, last): (u32, u32),
        col: u16,
        labels: &[&str],
    ) -> Result<(), Error> {
        let validation = DataValidation::new()
            .allow_list_strings(labels)
            .map_err(xlsx)?
            .set_error_style(DataValidationErrorStyle::Stop)
            .set_error_title(self.pick("選択肢にない値です", "Not one of the choices"))
            .map_err(xlsx)?
            .set_error_message(self.pick(
                "ドロップダウンの選択肢から選んでください。",
                "Pick one of the choices from the drop-down.",
            ))
            .map_err(xlsx)?;
        ws.add_data_validation(first, col, last, col, &validation)
            .map_err(xlsx)?;
        Ok(())
    }

    fn principles(
        &self,
        ws: &mut Worksheet,
        org: &str,
        values: &Values,
        req: &Request,
    ) -> Result<(), Error> {
        let cat = catalogue::get();
        ws.set_name(SheetId::Principles.name(self.lang))
            .map_err(xlsx)?;
        self.page(ws, org, req, true);
        let widths = [6.0, 30.0, 16.0, 70.0, 18.0];
        let headers: [(&str, &str); p::COUNT as usize] = [
            ("番号", "No."),
            ("情報セキュリティ5か条", "Principle"),
            ("取組み状況", "Status"),
            ("取組み内容", "How it is practised"),
            ("担当者", "Owner"),
        ];
        let header = self.header();
        for (col, ((ja, en), width)) in headers.iter().zip(widths).enumerate() {
            let col = u16::try_from(col).unwrap_or(0);
            ws.set_column_width(col, width).map_err(xlsx)?;
            ws.write_string_with_format(0, col, self.pick(ja, en), &header)
                .map_err(xlsx)?;
        }
        ws.set_row_height(0, 30).map_err(xlsx)?;
        let (locked, input) = (self.locked(), self.input());
        for (i, principle) in cat.principles.iter().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let id = &principle.id;
            let title = self.t(&principle.title);
            ws.write_string_with_format(row, p::ID, id, &locked)
                .map_err(xlsx)?;
            ws.write_string_with_format(row, p::TITLE, title, &locked)
                .map_err(xlsx)?;
            let mut heights = vec![(title.to_owned(), widths[1])];
            for (field, col) in [
                ("status", p::STATUS),
                ("measures", p::MEASURES),
                ("owner", p::OWNER),
            ] {
                let v = values.get(&format!("{id}/{field}"));
                let shown = match field {
                    "status" => v
                        .and_then(|v| label(Kind::Status, v, self.lang))
                        .map(str::to_owned),
                    _ => v.map(str::to_owned),
                };
                match &shown {
                    Some(s) => ws.write_string_with_format(row, col, s, &input),
                    None => ws.write_blank(row, col, &input),
                }
                .map_err(xlsx)?;
                if let Some(s) = shown {
                    heights.push((s, widths[usize::from(col)]));
                }
            }
            let refs: Vec<(&str, f64)> = heights.iter().map(|(s, w)| (s.as_str(), *w)).collect();
            ws.set_row_height(row, row_height(&refs)).map_err(xlsx)?;
        }
        let last = u32::try_from(cat.principles.len()).unwrap_or(5);
        let labels: Vec<&str> = status_labels(self.lang)
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        self.choices(ws, last, p::STATUS, &labels, &[GOOD, PART, BAD])?;
        ws.set_freeze_panes(1, 0).map_err(xlsx)?;
        ws.set_repeat_rows(0, 0).map_err(xlsx)?;
        Ok(())
    }

    fn evidence(
        &self,
        ws: &mut Worksheet,
        org: &str,
        c: &Client,
        req: &Request,
    ) -> Result<(), Error> {
        ws.set_name(SheetId::Evidence.name(self.lang))
            .map_err(xlsx)?;
        self.page(ws, org, req, false);
        let widths = [10.0, 56.0, 12.0, 14.0];
        let headers = [
            ("証跡ID", "Id"),
            ("名称", "Title"),
            ("収集日", "Collected on"),
            ("有効期限", "Valid until"),
        ];
        let header = self.header();
        for (col, ((ja, en), width)) in headers.iter().zip(widths).enumerate() {
            let col = u16::try_from(col).unwrap_or(0);
            ws.set_column_width(col, width).map_err(xlsx)?;
            ws.write_string_with_format(0, col, self.pick(ja, en), &header)
                .map_err(xlsx)?;
        }
        ws.set_row_height(0, 30).map_err(xlsx)?;
        let locked = self.locked();
        let locked_date = self.locked().set_num_format("yyyy/m/d");
        let items = c.evidence.as_ref().map_or(&[][..], |r| &r.evidence[..]);
        if items.is_empty() {
            ws.write_string_with_format(
                1,
                0,
                self.pick("（登録された証跡はありません）", "(no evidence registered)"),
                &self.base(),
            )
            .map_err(xlsx)?;
        }
        for (i, item) in items.iter().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            ws.write_string_with_format(row, 0, &item.id, &locked)
                .map_err(xlsx)?;
            ws.write_string_with_format(row, 1, &item.title, &locked)
                .map_err(xlsx)?;
            self.write_date(ws, row, 2, Some(&item.collected_on), &locked_date)?;
            match valid_until(item) {
                Some(u) => self.write_date(ws, row, 3, Some(&u), &locked_date)?,
                None => {
                    ws.write_string_with_format(
                        row,
                        3,
                        self.pick("期限なし", "no expiry"),
                        &locked,
                    )
                    .map_err(xlsx)?;
                }
            }
            ws.set_row_height(row, row_height(&[(&item.title, widths[1])]))
                .map_err(xlsx)?;
        }
        ws.set_freeze_panes(1, 0).map_err(xlsx)?;
        ws.set_repeat_rows(0, 0).map_err(xlsx)?;
        Ok(())
    }

    fn summary(
        &self,
        ws: &mut Worksheet,
        org: &str,
        values: &Values,
        c: &Client,
        req: &Request,
    ) -> Result<(), Error> {
        let cat = catalogue::get();
        let questions = SheetId::Questions.name(self.lang);
        ws.set_name(SheetId::Summary.name(self.lang))
            .map_err(xlsx)?;
        self.page(ws, org, req, false);
        for (col, width) in [(0, 22.0), (1, 30.0), (2, 10.0), (3, 10.0)] {
            ws.set_column_width(col, width).map_err(xlsx)?;
        }
        let (locked, input, header, label_format) = (
            self.locked(),
            self.input(),
            self.header(),
            self.base().set_bold(),
        );
        ws.write_string_with_format(
            0,
            0,
            self.pick("自社診断の集計", "Self-diagnosis summary"),
            &self.title(),
        )
        .map_err(xlsx)?;
        ws.set_row_height(0, 24).map_err(xlsx)?;
        ws.write_string_with_format(1, 0, org, &self.base())
            .map_err(xlsx)?;
        let (r, col) = summary::ASSESSED_ON;
        ws.write_string_with_format(
            r,
            0,
            self.pick("診断日", "Date of the diagnosis"),
            &label_format,
        )
        .map_err(xlsx)?;
        self.write_date(ws, r, col, values.get("assessed_on"), &self.date_input())?;
        let (r, col) = summary::ASSESSED_BY;
        ws.write_string_with_format(r, 0, self.pick("回答者", "Answered by"), &label_format)
            .map_err(xlsx)?;
        match values.get("assessed_by") {
            Some(v) => ws.write_string_with_format(r, col, v, &input),
            None => ws.write_blank(r, col, &input),
        }
        .map_err(xlsx)?;
        ws.write_string_with_format(4, 0, self.pick("設問セット", "Question set"), &label_format)
            .map_err(xlsx)?;
        ws.write_string_with_format(4, col, cat.question_set.as_str(), &locked)
            .map_err(xlsx)?;

        let top = summary::TABLE;
        for (i, (ja, en)) in [
            ("部", "Part"),
            ("内容", "Theme"),
            ("得点", "Score"),
            ("満点", "Max"),
        ]
        .iter()
        .enumerate()
        {
            ws.write_string_with_format(
                top,
                u16::try_from(i).unwrap_or(0),
                self.pick(ja, en),
                &header,
            )
            .map_err(xlsx)?;
        }
        let score = c.diagnosis.as_ref().map(|d| scoring::score(cat, d));
        let labels = answer_labels(self.lang);
        let points = |id: &str| {
            cat.answers
                .iter()
                .find(|a| a.id == id)
                .map_or(0, |a| a.points)
        };
        let sum = |range: &str| -> String {
            let mut terms = String::new();
            for (id, l) in &labels {
                let n = points(id);
                let count = format!("COUNTIF({range},\"{}\")", l.replace('"', "\"\""));
                match n {
                    0 => continue,
                    1 => terms.push_str(&format!("+{count}")),
                    -1 => terms.push_str(&format!("-{count}")),
                    n if n < 0 => terms.push_str(&format!("-{}*{count}", -n)),
                    n => terms.push_str(&format!("+{n}*{count}")),
                }
            }
            terms.trim_start_matches('+').to_owned()
        };
        let sheet = format!("'{}'", questions.replace('\'', "''"));
        let number = self
            .base()
            .set_num_format("0")
            .set_align(FormatAlign::Center)
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(BORDER));
        let cell = self
            .base()
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(BORDER));
        for (i, part) in cat.parts.iter().enumerate() {
            let row = top + 1 + u32::try_from(i).unwrap_or(0);
            let range = format!(
                "{sheet}!${col}${}:${col}${}",
                part.first + 1,
                part.last + 1,
                col = column_letter(q::ANSWER)
            );
            let result = score
                .as_ref()
                .and_then(|s| s.parts.iter().find(|p| p.part == part.part))
                .map_or(0, |p| p.score);
            let max = (i32::from(part.last) - i32::from(part.first) + 1) * 4;
            ws.write_number_with_format(row, 0, f64::from(part.part), &number)
                .map_err(xlsx)?;
            ws.write_string_with_format(row, 1, self.t(&part.title), &cell)
                .map_err(xlsx)?;
            ws.write_formula_with_format(
                row,
                2,
                Formula::new(format!("={}", sum(&range))).set_result(result.to_string()),
                &number,
            )
            .map_err(xlsx)?;
            ws.write_number_with_format(row, 3, f64::from(max), &number)
                .map_err(xlsx)?;
        }
        let first_part = top + 2;
        let last_part = top + 1 + u32::try_from(cat.parts.len()).unwrap_or(3);
        let total_row = last_part;
        let bold_number = number.clone().set_bold();
        let bold_cell = cell.clone().set_bold();
        ws.write_string_with_format(total_row, 0, self.pick("合計", "Total"), &bold_cell)
            .map_err(xlsx)?;
        ws.write_blank(total_row, 1, &cell).map_err(xlsx)?;
        let total = score.as_ref().map_or(0, |s| s.total);
        ws.write_formula_with_format(
            total_row,
            2,
            Formula::new(format!("=SUM(C{first_part}:C{last_part})")).set_result(total.to_string()),
            &bold_number,
        )
        .map_err(xlsx)?;
        ws.write_formula_with_format(
            total_row,
            3,
            Formula::new(format!("=SUM(D{first_part}:D{last_part})"))
                .set_result((cat.questions.len() * 4).to_string()),
            &bold_number,
        )
        .map_err(xlsx)?;
        let answered_row = total_row + 1;
        let all = format!(
            "{sheet}!${col}$2:${col}${}",
            cat.questions.len() + 1,
            col = column_letter(q::ANSWER)
        );
        let counts: Vec<String> = labels
            .iter()
            .map(|(_, l)| format!("COUNTIF({all},\"{}\")", l.replace('"', "\"\"")))
            .collect();
        ws.write_string_with_format(answered_row, 0, self.pick("回答済み", "Answered"), &cell)
            .map_err(xlsx)?;
        ws.write_blank(answered_row, 1, &cell).map_err(xlsx)?;
        ws.write_formula_with_format(
            answered_row,
            2,
            Formula::new(format!("={}", counts.join("+")))
                .set_result(score.as_ref().map_or(0, |s| s.answered).to_string()),
            &number,
        )
        .map_err(xlsx)?;
        ws.write_number_with_format(answered_row, 3, cat.questions.len() as f64, &number)
            .map_err(xlsx)?;
        let band_row = answered_row + 1;
        let mut bands: Vec<_> = cat.bands.iter().collect();
        bands.sort_by_key(|b| std::cmp::Reverse(b.min));
        let total_ref = format!("C{}", total_row + 1);
        let mut formula = format!("\"{}\"", bands.last().map_or("", |b| self.t(&b.label)));
        for b in bands.iter().rev().skip(1) {
            formula = format!(
                "IF({total_ref}>={},\"{}\",{formula})",
                b.min,
                self.t(&b.label).replace('"', "\"\"")
            );
        }
        let band_now = score
            .as_ref()
            .and_then(|s| s.band)
            .map_or("", |b| self.t(&b.label));
        ws.write_string_with_format(band_row, 0, self.pick("判定", "Result"), &bold_cell)
            .map_err(xlsx)?;
        ws.merge_range(band_row, 1, band_row, 3, "", &bold_cell)
            .map_err(xlsx)?;
        ws.write_formula_with_format(
            band_row,
            1,
            Formula::new(format!("={formula}")).set_result(band_now),
            &bold_cell,
        )
        .map_err(xlsx)?;
        let note_row = band_row + 2;
        let note = self.pick(
            "得点は「設問」シートの回答から自動で計算されます（実施している・該当しない 4点、一部実施している 2点、実施していない 0点、わからない −1点）。",
            "The score is computed from the answers on the Questions sheet (implemented or not applicable 4 points, partially implemented 2, not implemented 0, don't know −1).",
        );
        ws.merge_range(note_row, 0, note_row, 3, note, &self.base().set_text_wrap())
            .map_err(xlsx)?;
        ws.set_row_height(note_row, row_height(&[(note, 72.0)]))
            .map_err(xlsx)?;
        Ok(())
    }

    fn scs(
        &self,
        ws: &mut Worksheet,
        org: &str,
        values: &Values,
        c: &Client,
        req: &Request,
    ) -> Result<(), Error> {
        let scheme = crate::scs::scheme::get();
        let doc = c
            .document(crate::model::files::FileKind::Scs)
            .map(|d| &d.value);
        ws.set_name(SheetId::Scs.name(self.lang)).map_err(xlsx)?;
        self.page(ws, org, req, true);
        let widths = [10.0, 14.0, 22.0, 30.0, 16.0, 12.0, 24.0, 18.0, 24.0, 10.0];
        let headers: [(&str, &str); s::COUNT as usize] = [
            ("評価基準", "Criterion"),
            ("分類", "Category"),
            ("要求事項", "Requirement"),
            ("内容（hoshi の要約）", "Topic (hoshi's summary)"),
            ("回答", "Answer"),
            ("状態", "State"),
            ("メモ", "Note"),
            ("該当しない理由", "Reason (not applicable)"),
            ("改善の取組み", "Improvement action"),
            ("証跡ID", "Evidence"),
        ];
        let header = self.header();
        for (col, ((ja, en), width)) in headers.iter().zip(widths).enumerate() {
            let col = u16::try_from(col).unwrap_or(0);
            ws.set_column_width(col, width).map_err(xlsx)?;
            ws.write_string_with_format(0, col, self.pick(ja, en), &header)
                .map_err(xlsx)?;
        }
        ws.set_row_height(0, 30).map_err(xlsx)?;
        let (locked, input) = (self.locked(), self.input());
        let mut last = 0;
        for (i, (requirement, criterion)) in scheme.criteria().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            last = row;
            let id = &criterion.id;
            let texts = scs_row_texts(requirement, criterion, self.lang);
            for (col, text) in [
                (s::ID, id.as_str()),
                (s::CATEGORY, texts.0.as_str()),
                (s::REQUIREMENT, texts.1.as_str()),
                (s::TOPIC, texts.2.as_str()),
            ] {
                ws.write_string_with_format(row, col, text, &locked)
                    .map_err(xlsx)?;
            }
            let mut heights = vec![(texts.1.clone(), widths[2]), (texts.2.clone(), widths[3])];
            for (field, col) in [
                ("answer", s::ANSWER),
                ("note", s::NOTE),
                ("reason", s::REASON),
                ("action", s::ACTION),
            ] {
                let v = values.get(&format!("{SCS_KEY}{id}/{field}"));
                let shown = match field {
                    "answer" => v
                        .and_then(|v| label(Kind::ScsAnswer, v, self.lang))
                        .map(str::to_owned),
                    _ => v.map(str::to_owned),
                };
                match &shown {
                    Some(s) => ws.write_string_with_format(row, col, s, &input),
                    None => ws.write_blank(row, col, &input),
                }
                .map_err(xlsx)?;
                if let Some(s) = shown {
                    heights.push((s, widths[usize::from(col)]));
                }
            }
            for (col, v) in [
                (s::STATE, scs_state(doc, id, self.lang)),
                (s::EVIDENCE, scs_evidence(doc, id)),
            ] {
                match v {
                    Some(v) => ws.write_string_with_format(row, col, &v, &locked),
                    None => ws.write_blank(row, col, &locked),
                }
                .map_err(xlsx)?;
            }
            let refs: Vec<(&str, f64)> = heights.iter().map(|(s, w)| (s.as_str(), *w)).collect();
            ws.set_row_height(row, row_height(&refs)).map_err(xlsx)?;
        }
        let labels: Vec<&str> = scs_answer_labels(self.lang)
            .into_iter()
            .map(|(_, l)| l)
            .collect();
        self.choices(ws, last, s::ANSWER, &labels, &[GOOD, PART, BAD, NONE])?;
        ws.set_freeze_panes(1, 1).map_err(xlsx)?;
        ws.set_repeat_rows(0, 0).map_err(xlsx)?;
        ws.set_selection(1, s::ANSWER, 1, s::ANSWER).map_err(xlsx)?;
        Ok(())
    }

    fn meta(
        &self,
        ws: &mut Worksheet,
        req: &Request,
        values: &Values,
        with_scs: bool,
    ) -> Result<(), Error> {
        let c = req.client;
        ws.set_name(META_SHEET).map_err(xlsx)?;
        ws.set_very_hidden(true);
        ws.protect();
        let org = c.profile.as_ref().map(|p| &p.organization);
        let mut rows: Vec<(String, String)> = vec![
            ("format_version".into(), FORMAT_VERSION.to_string()),
            (
                "generator".into(),
                concat!("hoshi ", env!("CARGO_PKG_VERSION")).into(),
            ),
            (
                "organization".into(),
                org.map_or_else(String::new, |o| o.name.clone()),
            ),
            (
                "corporate_number".into(),
                org.and_then(|o| o.corporate_number.clone())
                    .unwrap_or_default(),
            ),
            ("digest".into(), c.digest()),
            ("commit".into(), req.commit.clone().unwrap_or_default()),
            (
                "question_set".into(),
                c.diagnosis
                    .as_ref()
                    .map_or_else(String::new, |d| d.question_set.clone()),
            ),
            ("language".into(), req.lang.as_str().into()),
            ("exported_on".into(), req.date.to_string()),
        ];
        for (name, hash) in &c.hashes {
            rows.push((format!("file:{name}"), hash.clone()));
        }
        for s in slots() {
            let v = values.get(&s.key);
            rows.push((format!("cell:{}", s.key), cell_digest(&s.key, v)));
        }
        if with_scs {
            rows.push(("scs_scheme".into(), crate::scs::scheme::SCHEME.into()));
            for s in scs_slots() {
                let v = values.get(&s.key);
                rows.push((format!("cell:{}", s.key), cell_digest(&s.key, v)));
            }
            let doc = c
                .document(crate::model::files::FileKind::Scs)
                .map(|d| &d.value);
            for (_, criterion) in crate::scs::scheme::get().criteria() {
                let id = &criterion.id;
                for (field, v) in [
                    ("state", scs_state(doc, id, req.lang)),
                    ("evidence", scs_evidence(doc, id)),
                ] {
                    let key = format!("{SCS_KEY}{id}/{field}");
                    let digest = cell_digest(&key, v.as_deref());
                    rows.push((format!("cell:{key}"), digest));
                }
            }
        }
        for (i, (k, v)) in rows.iter().enumerate() {
            let row = u32::try_from(i).unwrap_or(u32::MAX);
            ws.write_string(row, 0, k).map_err(xlsx)?;
            ws.write_string(row, 1, v).map_err(xlsx)?;
        }
        Ok(())
    }
}

/// The grey texts of a criterion's row: its category, requirement and topic.
pub(super) fn scs_row_texts(
    requirement: &crate::scs::scheme::Requirement,
    criterion: &crate::scs::scheme::Criterion,
    lang: Lang,
) -> (String, String, String) {
    let category = crate::scs::scheme::get()
        .category(requirement.category)
        .map_or_else(
            || requirement.category.to_string(),
            |c| format!("{} {}", c.id, c.name.get(lang)),
        );
    (
        category,
        format!("{} {}", requirement.id, requirement.title.get(lang)),
        criterion.topic.get(lang).to_owned(),
    )
}

/// The state column of a criterion: a suggestion not yet confirmed, or nothing.
pub(super) fn scs_state(doc: Option<&serde_json::Value>, id: &str, lang: Lang) -> Option<String> {
    scs_suggested(doc, id).then(|| suggestion_label(lang).to_owned())
}

/// The last day an evidence item is valid, as the evidence sheet shows it: its
/// `valid_until`, else `collected_on` plus `valid_for_months`.
pub(super) fn valid_until(item: &crate::model::EvidenceItem) -> Option<String> {
    item.valid_until.clone().or_else(|| {
        let months = item.valid_for_months?;
        let from: jiff::civil::Date = item.collected_on.parse().ok()?;
        from.checked_add(jiff::Span::new().months(months))
            .ok()
            .map(|d| d.to_string())
    })
}

fn column_letter(col: u16) -> String {
    a1(0, col).trim_end_matches('1').to_owned()
}

/// `&` starts a code in Excel headers and footers.
fn escape_hf(s: &str) -> String {
    s.replace('&', "&&")
}

/// A row tall enough for the longest wrapped text among `(text, column width)`.
fn row_height(cells: &[(&str, f64)]) -> f64 {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            // A full-width character is a little wider than two digits in most fonts.
            let per_line = ((width - 1.0) / 1.05).max(4.0);
            text.split('\n')
                .map(|l| ((l.width() as f64) / per_line).ceil().max(1.0))
                .sum::<f64>()
        })
        .fold(1.0, f64::max);
    (lines * 13.5 + 5.0).min(409.0)
}
