//! Every screen at the smallest and largest terminal sizes Farol supports (60×20 to
//! 250×70, with 80×24 and 120×40 between), in the dark theme (text) and the light theme
//! (text and every cell's colours and emphasis, so a colour regression shows). One test
//! per (screen, size, theme), generated from the table at the bottom. The main screens
//! run in Chinese and Portuguese too, at the smallest and the largest size (80×24 and
//! 120×40 in every language are `tui_screens`' snapshots of the same scenarios), and
//! every rendering is checked for a wide character cut in half.

mod tui_support;

use farol::tui::theme::Theme;
use tui_support::scenarios::*;
use tui_support::{Harness, in_lang};

fn check(name: &str, scenario: fn((u16, u16)) -> Harness, size: (u16, u16), light: bool) {
    let mut h = scenario(size);
    let (theme, tag) = if light {
        (Theme::light(), "light")
    } else {
        (Theme::dark(), "dark")
    };
    h.model.theme = theme;
    h.assert_whole_glyphs();
    let shown = if light { h.render_styled() } else { h.render() };
    insta::assert_snapshot!(format!("{name}_{tag}_{}x{}", size.0, size.1), shown);
}

/// A screen in `lang` (dark theme): `home_list_zh-Hant_60x20`.
fn check_lang(name: &str, scenario: fn((u16, u16)) -> Harness, size: (u16, u16), lang: &str) {
    let mut h = in_lang(lang, || scenario(size));
    h.model.theme = Theme::dark();
    h.assert_whole_glyphs();
    insta::assert_snapshot!(format!("{name}_{lang}_{}x{}", size.0, size.1), h.render());
}

/// Each screen, at each size, in each theme: one test apiece.
macro_rules! matrix {
    ($($screen:ident),+ $(,)?) => {$(
        mod $screen {
            use super::*;
            #[test] fn dark_60x20() { check(stringify!($screen), super::$screen, (60, 20), false) }
            #[test] fn dark_80x24() { check(stringify!($screen), super::$screen, (80, 24), false) }
            #[test] fn dark_120x40() { check(stringify!($screen), super::$screen, (120, 40), false) }
            #[test] fn dark_250x70() { check(stringify!($screen), super::$screen, (250, 70), false) }
            #[test] fn light_60x20() { check(stringify!($screen), super::$screen, (60, 20), true) }
            #[test] fn light_80x24() { check(stringify!($screen), super::$screen, (80, 24), true) }
            #[test] fn light_120x40() { check(stringify!($screen), super::$screen, (120, 40), true) }
            #[test] fn light_250x70() { check(stringify!($screen), super::$screen, (250, 70), true) }
        }
    )+};
}

matrix!(
    home_list,
    home_language_menu,
    home_keys,
    form,
    wizard_multi,
    wizard_yes_no,
    wizard_single,
    wizard_text,
    wizard_date,
    wizard_rows,
    wizard_row_editor,
    wizard_sections,
    wizard_keys,
    dashboard,
    dashboard_explain,
    legal_panel,
    plan,
    plan_editor,
    filing,
    sign_key_prompt,
    review_answers,
    review_opinion,
    review_keys,
);

/// The main screens in the other languages, at the smallest and the largest size.
macro_rules! languages {
    ($($screen:ident),+ $(,)?) => {$(
        mod $screen {
            use super::*;
            #[test] fn zh_hant_60x20() { check_lang(stringify!($screen), super::$screen, (60, 20), "zh-Hant") }
            #[test] fn zh_hant_250x70() { check_lang(stringify!($screen), super::$screen, (250, 70), "zh-Hant") }
            #[test] fn pt_60x20() { check_lang(stringify!($screen), super::$screen, (60, 20), "pt") }
            #[test] fn pt_250x70() { check_lang(stringify!($screen), super::$screen, (250, 70), "pt") }
        }
    )+};
}

mod lang {
    use super::*;
    languages!(
        home_list,
        home_keys,
        form,
        wizard_multi,
        wizard_text,
        wizard_row_editor,
        dashboard,
        legal_panel,
        plan_editor,
        filing,
        sign_key_prompt,
        review_answers,
        review_opinion,
    );
}
