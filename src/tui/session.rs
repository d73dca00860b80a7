//! The open assessment: the draft being edited, the questionnaire it answers and the risk
//! score of its answers, cached here and recomputed only when an answer changes, so that
//! moving around the screens costs no scoring at all. It also carries what the latest
//! signed review said (read when the draft is opened), for the assessor to act on.

use crate::answer::Answer;
use crate::assessment::Draft;
use crate::questionnaire::{Question, Questionnaire, Section, Visible};
use crate::review::{Feedback, Verdict};
use crate::risk::{self, LevelChange, Score};

#[derive(Debug, Clone)]
pub struct Session {
    pub draft: Draft,
    pub questionnaire: Questionnaire,
    pub lang: String,
    pub score: Score,
    /// The ids of the questions asked given the answers so far, in questionnaire order.
    pub shown: Vec<String>,
    /// The latest signed review of the assessment: comments and verdicts to act on.
    pub feedback: Option<Feedback>,
    /// Said once when the draft opens (a lock another computer left, taken over).
    pub notice: Option<String>,
}

impl Session {
    pub fn new(draft: Draft, questionnaire: Questionnaire, lang: &str) -> Self {
        let score = risk::score(&questionnaire, &draft.answers, lang);
        let shown = shown(&questionnaire, &draft);
        Session {
            draft,
            questionnaire,
            lang: lang.to_string(),
            score,
            shown,
            feedback: None,
            notice: None,
        }
    }

    /// A signed revision as the risk screen shows it (for a reviewer: read-only), scored
    /// with the questionnaire it was answered on.
    pub fn of_revision(
        dossier: &crate::dossier::Dossier,
        id: &str,
        revision: u32,
        lang: &str,
    ) -> Result<Self, crate::review::ReviewError> {
        let rec = crate::record::load_revision(dossier, id, Some(revision))?;
        let loaded = dossier.questionnaire_for(&rec.body.questionnaire)?;
        let sha = crate::record::sha256_hex(&rec.bytes);
        let draft = crate::record::draft_of(&rec.body, &sha);
        Ok(Session::new(draft, loaded.questionnaire, lang))
    }

    /// The language of the screens, as a [`Lang`](crate::i18n::Lang).
    pub fn l(&self) -> crate::i18n::Lang {
        crate::i18n::AsLang::as_lang(&self.lang)
    }

    /// Shows the draft as another command left it on disk, keeping where this window is.
    pub fn reload(&mut self, mut draft: Draft) {
        draft.position = self.draft.position.take().or(draft.position);
        self.score = risk::score(&self.questionnaire, &draft.answers, &self.lang);
        self.draft = draft;
        self.shown = shown(&self.questionnaire, &self.draft);
    }

    /// The latest review's verdict on a section.
    pub fn review_verdict(&self, section: &str) -> Option<Verdict> {
        self.feedback.as_ref()?.verdict(section)
    }

    /// The latest review's comment on a question.
    pub fn review_comment(&self, question: &str) -> Option<&str> {
        self.feedback.as_ref()?.comment(question)
    }

    /// Sets (or with `None` removes) an answer, rescoring; returns the risk level changes.
    pub fn set_answer(&mut self, id: &str, answer: Option<Answer>) -> Vec<LevelChange> {
        let old = match &answer {
            Some(a) => self.draft.answers.insert(id.to_string(), a.clone()),
            None => self.draft.answers.remove(id),
        };
        if old == answer {
            return Vec::new();
        }
        let after = risk::score(&self.questionnaire, &self.draft.answers, &self.lang);
        let changes = risk::changes(&self.score, &after);
        self.score = after;
        self.shown = shown(&self.questionnaire, &self.draft);
        changes
    }

    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.draft.answers.get(id)
    }

    pub fn question(&self, id: &str) -> Option<(usize, &Section, &Question)> {
        self.questionnaire
            .sections
            .iter()
            .enumerate()
            .find_map(|(i, s)| s.questions.iter().find(|q| q.id == id).map(|q| (i, s, q)))
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.shown.iter().position(|s| s == id)
    }

    /// The question to resume at: the saved position if it is asked, else the first
    /// question asked that has no answer, else the first one.
    pub fn resume_at(&self) -> Option<String> {
        if let Some(p) = &self.draft.position {
            if self.shown.contains(p) {
                return Some(p.clone());
            }
            // A position no longer asked: the next question asked after it.
            let order: Vec<&str> = self
                .questionnaire
                .questions()
                .map(|(_, q)| q.id.as_str())
                .collect();
            if let Some(at) = order.iter().position(|q| q == p)
                && let Some(next) = order[at..]
                    .iter()
                    .find(|q| self.shown.iter().any(|s| s == *q))
            {
                return Some(next.to_string());
            }
        }
        self.shown
            .iter()
            .find(|id| !self.draft.answers.contains_key(*id))
            .or(self.shown.first())
            .cloned()
    }

    /// Questions asked and answered in a section.
    pub fn section_progress(&self, section: &Section) -> (usize, usize) {
        let shown: Vec<&Question> = section
            .questions
            .iter()
            .filter(|q| self.shown.contains(&q.id))
            .collect();
        let answered = shown
            .iter()
            .filter(|q| self.draft.answers.contains_key(&q.id))
            .count();
        (answered, shown.len())
    }

    /// The section the screening verdict is reached in: the one with id `screening`, else
    /// the first section asking a question the screening's criteria depend on.
    pub fn screening_section(&self) -> Option<usize> {
        let q = &self.questionnaire;
        let sc = q.screening.as_ref()?;
        if let Some(i) = q.sections.iter().position(|s| s.id == "screening") {
            return Some(i);
        }
        let mut deps = std::collections::BTreeSet::new();
        for c in sc.criteria.iter().chain(&sc.required).chain(&sc.signs) {
            crate::questionnaire::derived::deps(&c.when, q, &mut deps);
        }
        q.sections
            .iter()
            .position(|s| s.questions.iter().any(|qu| deps.contains(qu.id.as_str())))
    }

    /// The screening verdict so far, if the questionnaire has a screening.
    pub fn verdict(&self) -> Option<crate::questionnaire::Verdict> {
        self.score.screening.as_ref().map(|s| s.verdict)
    }

    /// The screening verdict in words, with why: None without a screening.
    pub fn screening_words(&self) -> Option<String> {
        let l = self.l();
        let st = self.score.screening.as_ref()?;
        let titles = |v: &[risk::CriterionMet]| -> Vec<String> {
            v.iter().map(|c| c.title.clone()).collect()
        };
        Some(crate::tui::strings::screening(
            l,
            st.verdict,
            &titles(&st.criteria),
            &titles(&st.required),
            &titles(&st.signs),
            st.unanswered.len(),
        ))
    }

    /// The highest residual level among the categories this section's answers moved.
    pub fn section_badge(&self, section: &Section) -> Option<crate::scale::RiskLevel> {
        let ids: Vec<&str> = section.questions.iter().map(|q| q.id.as_str()).collect();
        self.score
            .categories
            .iter()
            .filter(|c| {
                [&c.inherent.severity, &c.inherent.likelihood, &c.residual.severity, &c.residual.likelihood]
                    .iter()
                    .flat_map(|f| &f.moves)
                    .any(|m| matches!(&m.source, risk::Source::Question { id, .. } if ids.contains(&id.as_str())))
            })
            .map(|c| c.residual.level)
            .max()
    }
}

fn shown(q: &Questionnaire, d: &Draft) -> Vec<String> {
    let vis = Visible::new(q, &d.answers);
    q.questions()
        .map(|(_, qu)| qu)
        .filter(|qu| vis.is_shown(&qu.id))
        .map(|qu| qu.id.clone())
        .collect()
}
