# Palavras das apreciações: em que ponto está uma avaliação, os veredictos e o parecer do
# revisor, as declarações feitas antes de aprovar, e o que ainda falta para contra-assinar.

## Em que ponto está uma avaliação
review-state-draft = rascunho
review-state-signed = assinada
review-state-in-review = em apreciação
review-state-approved = aprovada
review-state-approved-with-conditions = aprovada com condições
review-state-rejected = rejeitada
review-due-overdue = { $date } EM ATRASO

## O veredicto do revisor sobre uma secção, e o parecer global
review-verdict-acceptable = aceitável
review-verdict-to-improve = a melhorar
review-verdict-to-correct = a corrigir
review-opinion-approve = aprovar
review-opinion-approve-with-conditions = aprovar com condições
review-opinion-reject = rejeitar

## O que o revisor declara antes de aprovar
review-attest-description = a descrição do tratamento corresponde à realidade
review-attest-risks = os riscos foram compreendidos
review-attest-plan = o plano de acção é aceite e será executado

## O que ainda falta para contra-assinar
review-missing-opinion = um parecer global: aprovar, aprovar com condições ou rejeitar
review-missing-conditions = as condições da aprovação, por escrito
review-missing-attest-description = a declaração de que a descrição do tratamento corresponde à realidade
review-missing-attest-risks = a declaração de que os riscos foram compreendidos
review-missing-attest-plan = a declaração de que o plano de acção é aceite e será executado
review-missing-approval-leaves-corrections = uma aprovação não pode deixar secções a corrigir ({ $sections }): rejeite, ou altere o veredicto
review-missing-reasons = os motivos da rejeição
